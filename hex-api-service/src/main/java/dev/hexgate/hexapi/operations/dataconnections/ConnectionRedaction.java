package dev.hexgate.hexapi.operations.dataconnections;

import dev.hexgate.contracts.secrets.SealedArguments;
import dev.hexgate.hexclient.error.HexApiException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Keeps connection secrets out of what this service publishes. Hex never serves write-only secrets, but it does
 * serve {@code jdbcUrl} and {@code accessKeyId}, and a changed or misbehaving Hex could echo more; so every field
 * named in {@link SealedArguments#CONNECTION_SECRETS} is replaced by {@value #REDACTED} wherever it appears, and
 * any secret the caller sent is cut out of every other string (names, descriptions, Hex's error reasons).
 */
final class ConnectionRedaction {

    static final String REDACTED = dev.hexgate.hexapi.audit.Redaction.REDACTED;
    /** Shorter values would cut ordinary words out of answers; they are still redacted by field name. */
    private static final int MIN_SCRUBBED_LENGTH = 4;

    private ConnectionRedaction() {
    }

    static JsonNode redact(JsonNode body, Set<String> sentSecrets) {
        if (body == null) {
            return null;
        }
        JsonNode copy = body.deepCopy();
        walk(copy, sentSecrets);
        return copy;
    }

    static HexApiException scrub(HexApiException e, Set<String> sentSecrets) {
        String reason = e.hexReason().orElse(null);
        String message = e.getMessage();
        String cleanReason = scrub(reason, sentSecrets);
        String cleanMessage = scrub(message, sentSecrets);
        if (java.util.Objects.equals(reason, cleanReason) && java.util.Objects.equals(message, cleanMessage)) {
            return e;
        }
        return new HexApiException(e.kind(), e.status(), e.errorCode().orElse(null), cleanReason,
                e.traceId().orElse(null), e.retryAfter().orElse(null), cleanMessage, null);
    }

    private static void walk(JsonNode node, Set<String> sentSecrets) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
                JsonNode value = field.getValue();
                if (SealedArguments.CONNECTION_SECRETS.contains(field.getKey()) && !value.isNull()) {
                    object.set(field.getKey(), StringNode.valueOf(REDACTED));
                } else if (value.isString()) {
                    String clean = scrub(value.asString(), sentSecrets);
                    if (!clean.equals(value.asString())) {
                        object.set(field.getKey(), StringNode.valueOf(clean));
                    }
                } else {
                    walk(value, sentSecrets);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isString()) {
                    array.set(i, StringNode.valueOf(scrub(item.asString(), sentSecrets)));
                } else {
                    walk(item, sentSecrets);
                }
            }
        }
    }

    private static String scrub(String text, Set<String> sentSecrets) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : sentSecrets) {
            if (secret.length() >= MIN_SCRUBBED_LENGTH) {
                clean = clean.replace(secret, REDACTED);
            }
        }
        return clean;
    }
}
