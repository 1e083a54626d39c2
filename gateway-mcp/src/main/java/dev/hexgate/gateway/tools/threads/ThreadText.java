package dev.hexgate.gateway.tools.threads;

import tools.jackson.databind.JsonNode;

/** How the thread tools word a thread for a reader: where it stands and what to do next. */
final class ThreadText {

    private static final int ANSWER_CHARS = 600;

    private ThreadText() {
    }

    /** {@code opening}: a sentence about what the tool did, or empty. */
    static String describe(JsonNode thread, String opening) {
        String id = thread.path("threadId").asString();
        String status = thread.path("status").asString("");
        String url = thread.path("url").asString("");
        StringBuilder text = new StringBuilder(opening).append(opening.isEmpty() ? "" : " ").append("Hex thread ")
                .append(id);
        switch (status) {
            case "IDLE":
                text.append(" is finished (IDLE).");
                answer(thread, text);
                break;
            case "ERROR":
                text.append(" ended in ERROR");
                JsonNode error = thread.path("error");
                if (error.isObject()) {
                    String message = error.path("message").asString("").strip();
                    text.append(": ").append(error.path("type").asString("")).append(message.isEmpty() ? "" : " ")
                            .append(message).append(message.endsWith(".") ? "" : ".");
                } else {
                    text.append('.');
                }
                break;
            case "RUNNING":
            case "PENDING":
            case "PROCESSING":
                text.append(" is working (").append(status).append("). Call get_thread with thread_id \"")
                        .append(id).append("\" again in about ").append(waitTime(thread)).append(" s.");
                break;
            default:
                text.append(status.isEmpty() ? " reported no status." : " reported status " + status + ".")
                        .append(" Call get_thread with thread_id \"").append(id)
                        .append("\" to see whether it is finished.");
        }
        if (!url.isEmpty()) {
            text.append(" Open it in Hex: ").append(url);
        }
        return text.toString();
    }

    private static void answer(JsonNode thread, StringBuilder text) {
        JsonNode messages = thread.path("messages");
        for (int i = messages.size() - 1; i >= 0; i--) {
            String message = messages.get(i).isString() ? messages.get(i).asString()
                    : messages.get(i).path("text").asString("");
            if (message.startsWith("assistant:")) {
                String answer = message.substring("assistant:".length()).strip();
                text.append(" Answer: ").append(answer.length() > ANSWER_CHARS
                        ? answer.substring(0, ANSWER_CHARS - 1) + "…" : answer);
                break;
            }
        }
        JsonNode tables = thread.path("tables");
        if (tables.isArray() && !tables.isEmpty()) {
            JsonNode first = tables.get(0);
            int rows = first.path("rows").size();
            text.append(text.charAt(text.length() - 1) == '.' ? " " : ". ").append(tables.size() == 1
                    ? "One table" : tables.size() + " tables; the first").append(" has ").append(rows)
                    .append(rows == 1 ? " row" : " rows")
                    .append(first.path("truncated").asBoolean(false) ? " (truncated)" : "").append(" in "
                            + "structuredContent.tables.");
        }
    }

    private static int waitTime(JsonNode thread) {
        int seconds = thread.path("waitTime").asInt(20);
        return Math.max(1, Math.min(seconds, 60));
    }
}
