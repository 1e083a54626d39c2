package dev.hexgate.hexapi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Keeps secrets out of what hex-api-service publishes and stores.
 *
 * <ul>
 *   <li>{@link #auditArguments}: tool arguments for the audit trail. Anything secret-looking is replaced by
 *       {@code [redacted]} (by field name, e.g. {@code password}, {@code privateKey}, {@code accessToken},
 *       {@code serviceAccountJsonConfig}, {@code sslRootCert}, and by value, e.g. Hex tokens and PEM keys);
 *       free text (prompts, SQL and code sources, bodies, descriptions) and long strings become
 *       {@code sha256:<hex>}, so a reviewer can match them without the audit log holding them.</li>
 *   <li>{@link #scrubResult}: Hex's answers before they become a {@code CommandCompleted} (and a ledger row).
 *       Hex never returns its write-only secrets, so this is a second line: string values under secret field
 *       names and token-looking strings become {@code [redacted]}; nothing else changes, so results keep their
 *       shape.</li>
 * </ul>
 */
public final class Redaction {

    public static final String REDACTED = "[redacted]";

    /** Field names (lower case, without {@code _} and {@code -}) that hold secrets wherever they appear. */
    private static final List<String> SECRET_NAME_PARTS = List.of("password", "passphrase", "privatekey", "secret",
            "token", "serviceaccountjson", "sslrootcert", "sslcert", "sslkey", "sslclient", "apikey", "credential",
            "authorization", "cookie", "jdbcurl", "accesskey");
    /** Exact field names (normalised as above) that hold secrets in Hex's answers. */
    private static final List<String> RESULT_SECRET_NAMES = List.of("password", "passphrase", "privatekey",
            "serviceaccountjsonconfig", "accesstoken", "refreshtoken", "secretaccesskey", "sslrootcert",
            "clientsecret", "apikey", "jdbcurl", "accesskeyid");
    /** Field names (normalised) whose string values are free text: kept as a digest only. */
    private static final List<String> FREE_TEXT_NAMES = List.of("prompt", "source", "sqlsource", "codesource",
            "markdownsource", "sql", "code", "body", "subject", "message", "text", "content", "markdown",
            "description", "query", "question");
    /** Values that are credentials whatever their field: Hex and hexgate tokens, PEM blocks, JWTs. */
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?s)(hxt[wp]_|hxg_|hxa_|Bearer\\s).*|.*-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----.*"
                    + "|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final int LONG_TEXT = 200;

    private Redaction() {
    }

    /** A redacted copy of tool arguments for an audit record; null stays null. */
    public static JsonNode auditArguments(JsonNode arguments) {
        if (arguments == null || arguments.isNull() || arguments.isMissingNode()) {
            return null;
        }
        return audit(arguments.deepCopy(), null);
    }

    private static JsonNode audit(JsonNode node, String fieldName) {
        String name = fieldName == null ? "" : normalise(fieldName);
        if (!name.isEmpty() && SECRET_NAME_PARTS.stream().anyMatch(name::contains) && !node.isNull()) {
            return StringNode.valueOf(REDACTED);
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                object.set(field.getKey(), audit(field.getValue(), field.getKey()));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, audit(array.get(i), fieldName));
            }
            return array;
        }
        if (node.isString()) {
            String value = node.asString();
            if (SECRET_VALUE.matcher(value).matches()) {
                return StringNode.valueOf(REDACTED);
            }
            if (value.length() > LONG_TEXT || FREE_TEXT_NAMES.contains(name)) {
                return StringNode.valueOf("sha256:" + sha256(value));
            }
        }
        return node;
    }

    /** Replaces secret strings in Hex's answer, in place; answers the same node. */
    public static JsonNode scrubResult(JsonNode result) {
        if (result != null) {
            scrub(result);
        }
        return result;
    }

    private static void scrub(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                JsonNode value = field.getValue();
                if (value.isString() && (RESULT_SECRET_NAMES.contains(normalise(field.getKey()))
                        || SECRET_VALUE.matcher(value.asString()).matches())) {
                    object.set(field.getKey(), StringNode.valueOf(REDACTED));
                } else {
                    scrub(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString() && SECRET_VALUE.matcher(value.asString()).matches()) {
                    array.set(i, StringNode.valueOf(REDACTED));
                } else {
                    scrub(value);
                }
            }
        }
    }

    private static String normalise(String fieldName) {
        return fieldName.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
