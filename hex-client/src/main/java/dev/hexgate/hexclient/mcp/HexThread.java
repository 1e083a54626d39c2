package dev.hexgate.hexclient.mcp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Hex's thread tools ({@code create_thread}, {@code get_thread}, {@code continue_thread}) answered, read
 * defensively (Hex calls the shape "subject to change"; see {@link ThreadAnswers}).
 *
 * @param threadId        the thread's id
 * @param status          Hex's status as sent ({@code RUNNING}, {@code IDLE}, {@code ERROR}, …), or null when Hex's
 *                        answer names none
 * @param waitTimeSeconds Hex's hint, while running, for when to ask again (seconds); null when absent
 * @param title           the thread's title, when sent
 * @param url             the thread in Hex's web app
 * @param messages        the most recent messages, when finished
 * @param tables          tables from the answer, as Hex shaped them (an array), or null
 * @param error           Hex's error object for an {@code ERROR} thread, or null
 * @param note            Hex's own line for the reader ({@code message}), or null
 * @param hex             Hex's whole structured answer, unchanged: every field, also those this record does not name
 */
public record HexThread(String threadId, String status, Integer waitTimeSeconds, String title, String url,
        List<ThreadMessage> messages, JsonNode tables, JsonNode error, String note, ObjectNode hex) {

    /** Statuses Junior treats as "still working"; Hex names only RUNNING (and IDLE = finished). */
    private static final Set<String> WORKING = Set.of("RUNNING", "PENDING", "PROCESSING");

    public HexThread {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** Finished: the answer is there (Hex's {@code IDLE}). */
    public boolean isIdle() {
        return "IDLE".equals(upper(status));
    }

    /** Still working; ask again after {@link #waitTimeSeconds}. */
    public boolean isRunning() {
        return status != null && WORKING.contains(upper(status));
    }

    /** Ended in Hex's {@code ERROR}. */
    public boolean isError() {
        return "ERROR".equals(upper(status));
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
