package dev.hexgate.hexclient.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a thread tool's answer into a {@link HexThread}. Hex's structured form is preferred
 * ({@code structuredContent}); without one, a text block that is a JSON object stands in for it; otherwise the
 * text lines Hex writes ({@code Thread ID: …}, {@code Thread status: …}, a link) are read. Status is looked for where
 * Junior looks: {@code status}, {@code thread.status}, then the text.
 */
final class ThreadAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern STATUS_LINE = Pattern.compile("(?im)^\\W*(?:thread\\s+)?status:\\s*([A-Za-z_]+)");
    private static final Pattern ID_LINE = Pattern.compile("(?i)thread\\s*id\\W{0,3}\\s*([A-Za-z0-9][A-Za-z0-9_-]+)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]\"'>]+");

    private ThreadAnswers() {
    }

    static HexThread read(CallToolResult result) {
        String text = text(result);
        ObjectNode hex = structured(result, text);
        JsonNode thread = hex.path("thread");
        String threadId = firstText(hex, "threadId", "thread_id", "id")
                .or(() -> firstText(thread, "id", "threadId"))
                .or(() -> match(ID_LINE, text))
                .orElse(null);
        String status = firstText(hex, "status").or(() -> firstText(thread, "status"))
                .or(() -> match(STATUS_LINE, text)).orElse(null);
        Integer waitTime = hex.path("waitTime").isNumber() ? Integer.valueOf(hex.path("waitTime").asInt())
                : thread.path("waitTime").isNumber() ? Integer.valueOf(thread.path("waitTime").asInt()) : null;
        String url = firstText(hex, "url", "threadUrl", "thread_url").or(() -> firstText(thread, "url"))
                .or(() -> match(URL, text)).orElse(null);
        return new HexThread(threadId, status, waitTime, firstText(hex, "title").orElse(null), url,
                messages(hex.path("messages")), hex.path("tables").isArray() ? hex.get("tables") : null,
                hex.path("error").isObject() ? hex.get("error") : null,
                firstText(hex, "message").orElse(null), hex);
    }

    /** All text blocks of a result, joined: for tool errors and text-only answers. */
    static String text(CallToolResult result) {
        StringBuilder text = new StringBuilder();
        if (result.content() != null) {
            for (Content content : result.content()) {
                if (content instanceof TextContent block && block.text() != null) {
                    text.append(text.length() == 0 ? "" : "\n").append(block.text());
                }
            }
        }
        return text.toString();
    }

    private static ObjectNode structured(CallToolResult result, String text) {
        if (result.structuredContent() != null) {
            JsonNode node = JSON.valueToTree(result.structuredContent());
            if (node instanceof ObjectNode object) {
                return object;
            }
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(trimmed);
                if (node instanceof ObjectNode object) {
                    return object;
                }
            } catch (RuntimeException notJson) {
                // plain text that starts with a brace: read the lines below instead
            }
        }
        return JSON.createObjectNode();
    }

    private static List<ThreadMessage> messages(JsonNode messages) {
        List<ThreadMessage> list = new ArrayList<>();
        if (messages.isArray()) {
            for (JsonNode message : messages) {
                if (message.isString()) {
                    list.add(new ThreadMessage("text", message.asString()));
                } else if (message.isObject()) {
                    list.add(new ThreadMessage(message.path("type").asString("text"),
                            firstText(message, "text", "content", "message").orElse("")));
                }
            }
        }
        return list;
    }

    private static Optional<String> firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isString() && !value.asString().isBlank()) {
                return Optional.of(value.asString());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(matcher.groupCount() == 0 ? 0 : 1)) : Optional.empty();
    }
}
