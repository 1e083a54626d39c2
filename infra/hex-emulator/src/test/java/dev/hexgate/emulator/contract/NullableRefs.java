package dev.hexgate.emulator.contract;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hex's file marks nullable references as {@code {"allOf": [{"$ref": ...}], "nullable": true}}. OpenAPI 3.0.3 says
 * {@code nullable} only counts next to a {@code type}, so a strict validator rejects the {@code null}s Hex really
 * sends (e.g. {@code archivedAt}). Before validating, such a property is replaced by a copy of the referenced schema
 * with {@code nullable: true}, which is what the file's authors evidently mean; nothing else is changed.
 */
final class NullableRefs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIX = "#/components/schemas/";

    private NullableRefs() {
    }

    static String inline(String officialJson) {
        JsonNode root = JSON.readTree(officialJson);
        JsonNode schemas = root.path("components").path("schemas");
        rewrite(root, schemas);
        return JSON.writeValueAsString(root);
    }

    private static void rewrite(JsonNode node, JsonNode schemas) {
        if (node.isArray()) {
            node.forEach(child -> rewrite(child, schemas));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode replacement = nullableCopy(field.getValue(), schemas);
            if (replacement != null) {
                object.set(field.getKey(), replacement);
            } else {
                rewrite(field.getValue(), schemas);
            }
        }
    }

    /** The inlined schema if {@code node} is a nullable single-reference allOf whose target has a type. */
    private static JsonNode nullableCopy(JsonNode node, JsonNode schemas) {
        if (!node.isObject() || !node.path("nullable").asBoolean(false) || node.has("type")) {
            return null;
        }
        JsonNode allOf = node.path("allOf");
        if (!allOf.isArray() || allOf.size() != 1 || !allOf.get(0).has("$ref")) {
            return null;
        }
        String ref = allOf.get(0).get("$ref").asString();
        if (!ref.startsWith(PREFIX)) {
            return null;
        }
        JsonNode target = schemas.path(ref.substring(PREFIX.length()));
        if (!target.isObject() || !target.has("type")) {
            return null;
        }
        ObjectNode copy = ((ObjectNode) target).deepCopy();
        copy.put("nullable", true);
        return copy;
    }
}
