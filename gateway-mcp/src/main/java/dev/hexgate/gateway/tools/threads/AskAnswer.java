package dev.hexgate.gateway.tools.threads;

import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer of {@code ask_hex} ({@code {status, value, tables, messages, url, thread_id, error, polls}}), made
 * from how waiting on the thread ended, and its one-paragraph summary. Status comes from thread-poller's
 * deterministic extraction when the caller gave {@code expect}; without it a finished thread is {@code found} with
 * its newest message as the value.
 */
final class AskAnswer {

    private static final int SNIPPET = 400;

    private AskAnswer() {
    }

    static ObjectNode of(ThreadFinished finished, int polls) {
        return of(finished, polls, null);
    }

    /** @param signInLink for AUTHORIZATION_REQUIRED: token-vault's link to sign in to Hex again, or null */
    static ObjectNode of(ThreadFinished finished, int polls, String signInLink) {
        ObjectNode answer = base(finished.threadId(), finished.url(), polls);
        ArrayNode messages = (ArrayNode) answer.get("messages");
        List<String> texts = finished.messages() == null ? List.of() : finished.messages();
        texts.forEach(messages::add);
        if (finished.tables() != null && finished.tables().isArray()) {
            answer.set("tables", finished.tables());
        }
        ThreadOutcome outcome = finished.outcome();
        if (outcome == ThreadOutcome.COMPLETED) {
            JsonNode extraction = finished.extraction();
            if (extraction != null) {
                answer.put("status", extraction.path("status").asString("not_found"));
                answer.set("value", extraction.path("value").isMissingNode() ? null : extraction.get("value"));
            } else {
                answer.put("status", "found");
                if (!texts.isEmpty()) {
                    answer.put("value", texts.get(texts.size() - 1));
                }
            }
            return answer;
        }
        answer.put("status", outcome == ThreadOutcome.TIMEOUT ? "timeout" : "error");
        answer.put("error", errorOf(finished, signInLink));
        return answer;
    }

    /** thread-poller never reported: it is down or far behind; the thread itself may still be working. */
    static ObjectNode unreported(String threadId, String url, int polls) {
        ObjectNode answer = base(threadId, url, polls);
        answer.put("status", "timeout");
        answer.put("error", "hexgate heard nothing more about the thread in time (its thread-poller may be down)");
        return answer;
    }

    static String summarize(String expect, JsonNode answer) {
        String thread = "Hex thread " + answer.path("thread_id").asString();
        String url = answer.path("url").isString() ? " " + answer.path("url").asString() : "";
        JsonNode value = answer.path("value");
        switch (answer.path("status").asString()) {
            case "found":
                if (expect == null) {
                    return thread + " answered:\n" + snippet(value.asString("")) + url;
                }
                if (value.has("rows")) {
                    int rows = value.path("rowCount").asInt();
                    return thread + " answered with " + String.join(", ", names(value.path("columns"))) + " ("
                            + rows + (rows == 1 ? " row" : " rows") + ")." + url;
                }
                return thread + " answered; the answer matches " + expect + ": \""
                        + snippet(value.path("match").asString("")) + "\"." + url;
            case "not_found":
                return thread + " finished, but its answer holds no " + expect + ". The answer was:\n"
                        + snippet(lastMessage(answer)) + "\nAsk again more precisely, or follow up: ask_hex with "
                        + "thread_id " + answer.path("thread_id").asString() + "." + url;
            case "timeout":
                return thread + " had not finished in time (" + answer.path("error").asString() + ", after "
                        + answer.path("polls").asInt() + " checks). Read it later with get_thread (thread_id "
                        + answer.path("thread_id").asString() + ")." + url;
            default:
                return thread + " could not answer: " + answer.path("error").asString() + url;
        }
    }

    private static ObjectNode base(String threadId, String url, int polls) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.putNull("status");
        answer.putNull("value");
        answer.put("thread_id", threadId);
        answer.put("url", url);
        answer.putArray("messages");
        answer.putArray("tables");
        answer.putNull("error");
        answer.put("polls", polls);
        return answer;
    }

    private static String errorOf(ThreadFinished finished, String signInLink) {
        if (finished.outcome() == ThreadOutcome.AUTHORIZATION_REQUIRED) {
            return signInLink != null
                    ? "Hex stopped accepting your Hex sign-in while answering. Sign in to Hex again here: "
                            + signInLink + " , then ask again"
                    : "Hex stopped accepting your Hex sign-in while answering; disconnect the hex-mcp account "
                            + "(disconnect_hex_account), connect it again (hex_connection_status gives the link) "
                            + "and ask again";
        }
        return finished.errorMessage() == null ? "the thread ended " + finished.outcome() : finished.errorMessage();
    }

    private static String lastMessage(JsonNode answer) {
        JsonNode messages = answer.path("messages");
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).asString();
    }

    private static List<String> names(JsonNode columns) {
        return columns.valueStream().map(JsonNode::asString).toList();
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET - 1) + "…";
    }
}
