package dev.hexgate.poller.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code get_thread} result the way Junior's Hex plugin does, because Hex documents only prose: status from
 * {@code structuredContent.status}, then {@code structuredContent.thread.status}, then a text line
 * {@code Thread status: X} / {@code status: X}; {@code waitTime} in seconds; messages as {@code {type, text}} blocks
 * or plain strings; {@code tables}; {@code url}; {@code error.message}.
 */
public final class GetThreadPayload {

    private static final Pattern STATUS_LINE = Pattern.compile("(?im)^\\s*(?:thread\\s+)?status\\s*:\\s*\"?([A-Za-z_]+)");

    private GetThreadPayload() {
    }

    /**
     * @param structured {@code structuredContent}, or null when Hex sent none
     * @param texts      the text blocks of the result
     */
    public static ThreadSnapshot read(JsonNode structured, List<String> texts) {
        JsonNode content = structured == null ? null : structured;
        String status = null;
        Integer waitTime = null;
        List<String> messages = new ArrayList<>();
        JsonNode tables = null;
        String url = null;
        String error = null;
        if (content != null && content.isObject()) {
            status = text(content.get("status"));
            if (status == null && content.path("thread").isObject()) {
                status = text(content.path("thread").get("status"));
            }
            JsonNode wait = content.get("waitTime");
            if (wait != null && wait.isNumber()) {
                waitTime = wait.intValue();
            } else if (wait != null && wait.isString() && wait.asString().matches("\\d+")) {
                waitTime = Integer.parseInt(wait.asString());
            }
            JsonNode list = content.get("messages");
            if (list != null && list.isArray()) {
                for (JsonNode message : list) {
                    String value = message.isString() ? message.asString() : text(message.get("text"));
                    if (value != null) {
                        messages.add(value);
                    }
                }
            }
            JsonNode t = content.get("tables");
            tables = t != null && t.isArray() ? t : null;
            url = text(content.get("url"));
            JsonNode e = content.get("error");
            if (e != null) {
                error = e.isString() ? e.asString() : text(e.get("message"));
            }
        }
        if (status == null) {
            for (String block : texts) {
                Matcher matcher = STATUS_LINE.matcher(block);
                if (matcher.find()) {
                    status = matcher.group(1);
                    break;
                }
            }
        }
        return new ThreadSnapshot(status == null ? null : status.toUpperCase(Locale.ROOT), waitTime, messages, tables,
                url, error);
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }
}
