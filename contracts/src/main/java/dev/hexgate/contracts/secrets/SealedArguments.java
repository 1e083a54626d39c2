package dev.hexgate.contracts.secrets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Which argument fields are secrets, and sealing or opening all of them in a command's arguments. A field is a
 * secret by its name wherever it sits (e.g. {@code /connection_details/postgres/password}); each is sealed for its
 * own JSON pointer, so a sealed value cannot be moved to a field whose value Hex would echo back.
 */
public final class SealedArguments {

    /**
     * Data-connection fields that are write-only in Hex (never served back) plus the two Hex serves but that grant
     * access by themselves ({@code jdbcUrl} may embed a token; {@code accessKeyId} is half of an AWS key pair).
     */
    public static final Set<String> CONNECTION_SECRETS = Set.of("password", "privateKey", "passphrase",
            "serviceAccountJsonConfig", "accessToken", "secretAccessKey", "sslRootCert", "jdbcUrl", "accessKeyId");

    private SealedArguments() {
    }

    /** Whether any of {@code names} holds a non-empty string anywhere in {@code arguments}. */
    public static boolean containsSecrets(JsonNode arguments, Set<String> names) {
        return !secretValues(arguments, names).isEmpty();
    }

    /** The string values of every field named in {@code names}, e.g. to scrub them from anything echoed back. */
    public static Set<String> secretValues(JsonNode arguments, Set<String> names) {
        Set<String> values = new LinkedHashSet<>();
        walk(arguments, "", names, (pointer, value) -> {
            values.add(value);
            return value;
        });
        return values;
    }

    /** A copy of {@code arguments} with every secret field sealed for {@code operation}. */
    public static JsonNode seal(JsonNode arguments, Set<String> names, String operation, SecretSealer sealer) {
        JsonNode copy = arguments.deepCopy();
        walk(copy, "", names, (pointer, value) -> SealedValue.isSealed(value) ? value
                : sealer.seal(value, operation, pointer));
        return copy;
    }

    /**
     * A copy of {@code arguments} with every sealed secret field opened; fields sent in clear are left as they are.
     *
     * @param opener null when this service holds no key: then any sealed value is a {@link SealedValueException}
     */
    public static JsonNode open(JsonNode arguments, Set<String> names, String operation, SecretOpener opener) {
        JsonNode copy = arguments.deepCopy();
        walk(copy, "", names, (pointer, value) -> {
            if (!SealedValue.isSealed(value)) {
                return value;
            }
            if (opener == null) {
                throw new SealedValueException("the value at " + pointer
                        + " is sealed, but this service has no key to open it (HEXGATE_SECRETS_PRIVATE_KEY)");
            }
            return opener.open(value, operation, pointer);
        });
        return copy;
    }

    private interface Visitor {
        String visit(String pointer, String value);
    }

    private static void walk(JsonNode node, String pointer, Set<String> names, Visitor visitor) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
                String child = pointer + "/" + escape(field.getKey());
                JsonNode value = field.getValue();
                if (names.contains(field.getKey()) && value.isString() && !value.asString().isEmpty()) {
                    String replaced = visitor.visit(child, value.asString());
                    if (!replaced.equals(value.asString())) {
                        object.set(field.getKey(), StringNode.valueOf(replaced));
                    }
                } else {
                    walk(value, child, names, visitor);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), pointer + "/" + i, names, visitor);
            }
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
