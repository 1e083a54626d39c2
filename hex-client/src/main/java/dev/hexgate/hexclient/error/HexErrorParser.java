package dev.hexgate.hexclient.error;

import dev.hexgate.hexclient.error.HexApiException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Hex's three error shapes into {@link HexApiException}: the older {@code {"reason","details","traceId"}},
 * the newer {@code {"code","message","issues":[{"message"}]}}, and plain text (the edge's {@code Unauthorized}).
 * Routes move from the old shape to the new one over time, so every route is parsed for both.
 */
public final class HexErrorParser {

    /** Hex's reasons are short; anything longer is not a reason but a body we must not pass on. */
    private static final int MAX_REASON_LENGTH = 300;

    private final JsonMapper mapper;

    public HexErrorParser(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public HexApiException parse(int status, byte[] body, String retryAfterHeader, String traceIdHeader) {
        String code = null;
        String reason = null;
        String traceId = traceIdHeader;
        JsonNode json = readJson(body);
        if (json != null && json.isObject()) {
            if (json.hasNonNull("reason")) {
                reason = json.get("reason").asString();
            } else if (json.hasNonNull("message")) {
                reason = withIssues(json.get("message").asString(), json.get("issues"));
            } else if (json.has("invalid") || json.has("notFound")) {
                reason = invalidParams(json.get("invalid"), json.get("notFound"));
            }
            if (json.hasNonNull("code")) {
                code = json.get("code").asString();
            }
            if (json.hasNonNull("traceId")) {
                traceId = json.get("traceId").asString();
            }
        }
        reason = clip(reason);
        String message = "Hex answered " + status + (reason == null ? "" : ": " + reason);
        return new HexApiException(Kind.HTTP_STATUS, status, code, reason, traceId, parseRetryAfter(retryAfterHeader),
                message, null);
    }

    private JsonNode readJson(byte[] body) {
        if (body == null || body.length == 0 || body[0] != '{') {
            return null;
        }
        try {
            return mapper.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String withIssues(String message, JsonNode issues) {
        if (issues == null || !issues.isArray() || issues.isEmpty()) {
            return message;
        }
        List<String> texts = new ArrayList<>();
        issues.forEach(issue -> {
            if (issue.hasNonNull("message")) {
                texts.add(issue.get("message").asString());
            }
        });
        return texts.isEmpty() ? message : message + " (" + String.join("; ", texts) + ")";
    }

    /**
     * RunProject's 422 for input values that do not fit the published app: {@code {traceId, invalid: [{paramName,
     * paramValue, dataType, inputCellType}], notFound: [names]}}, worded as one line naming each input.
     */
    private static String invalidParams(JsonNode invalid, JsonNode notFound) {
        List<String> parts = new ArrayList<>();
        if (invalid != null && invalid.isArray()) {
            invalid.forEach(param -> parts.add("input '" + param.path("paramName").asString() + "' ("
                    + param.path("inputCellType").asString("?") + ", " + param.path("dataType").asString("?")
                    + ") cannot take " + param.path("paramValue").asString()));
        }
        if (notFound != null && notFound.isArray() && !notFound.isEmpty()) {
            List<String> names = new ArrayList<>();
            notFound.forEach(name -> names.add("'" + name.asString() + "'"));
            parts.add("the published app has no input " + String.join(", ", names));
        }
        return parts.isEmpty() ? null : "Invalid input parameters: " + String.join("; ", parts);
    }

    private static String clip(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String oneLine = reason.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_REASON_LENGTH ? oneLine : oneLine.substring(0, MAX_REASON_LENGTH) + "…";
    }

    /** {@code Retry-After} is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
    static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
