package dev.hexgate.hexapi.operations.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading already validated tool arguments (snake_case, hex-mcp's names) and writing Hex's request shapes
 * (camelCase) for the workspace-directory tools: sharing, collections, groups, data connections. Unset optional
 * arguments are left out of Hex's request, never sent as null.
 */
public final class Arguments {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Arguments() {
    }

    public static String text(JsonNode arguments, String name) {
        return arguments.hasNonNull(name) ? arguments.get(name).asString() : null;
    }

    public static boolean has(JsonNode arguments, String name) {
        return arguments.hasNonNull(name);
    }

    public static ObjectNode object() {
        return JSON.objectNode();
    }

    public static ArrayNode array() {
        return JSON.arrayNode();
    }

    /** Copies {@code from} (tool name) to {@code to} (Hex name) when the argument is set. */
    public static void copy(JsonNode arguments, String from, ObjectNode target, String to) {
        if (arguments.hasNonNull(from)) {
            target.set(to, arguments.get(from).deepCopy());
        }
    }

    /** Hex's cursor paging and sorting parameters: {@code limit}, {@code after}, {@code before}, {@code sortBy}, {@code sortDirection}. */
    public static Map<String, List<String>> pageQuery(JsonNode arguments) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        put(query, "limit", arguments, "limit");
        put(query, "after", arguments, "after");
        put(query, "before", arguments, "before");
        put(query, "sortBy", arguments, "sort_by");
        put(query, "sortDirection", arguments, "sort_direction");
        return query;
    }

    private static void put(Map<String, List<String>> query, String hexName, JsonNode arguments, String toolName) {
        if (arguments.hasNonNull(toolName)) {
            query.put(hexName, List.of(arguments.get(toolName).asString()));
        }
    }

    /** {@code [{"<idField>": "…"}, …]} (tool) → {@code [{"id": "…"}, …]} (Hex). */
    public static ArrayNode idRefs(JsonNode ids) {
        ArrayNode refs = array();
        for (JsonNode id : ids) {
            refs.add(object().put("id", id.asString()));
        }
        return refs;
    }

    /** One line naming the object and what Hex thinks of it, for messages: {@code group 3ef1…}. */
    public static String target(String kind, JsonNode arguments, String idArgument) {
        return arguments.hasNonNull(idArgument) ? kind + " " + arguments.get(idArgument).asString() : "the " + kind;
    }
}
