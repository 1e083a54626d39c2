package dev.hexgate.poller.hex;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * What one {@code get_thread} said about a thread.
 *
 * @param status          Hex's status as sent ({@code RUNNING}, {@code IDLE}, {@code ERROR}, or something new)
 * @param waitTimeSeconds Hex's hint for when to ask again; null when it gave none
 * @param messages        texts of the recent messages, oldest first (empty while running)
 * @param tables          the answer's tables as Hex shaped them (an array), or null
 * @param url             the thread's link, or null
 * @param errorMessage    Hex's error text when the thread ended in ERROR
 */
public record ThreadSnapshot(String status, Integer waitTimeSeconds, List<String> messages, JsonNode tables,
        String url, String errorMessage) {

    public ThreadSnapshot {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** IDLE is the only status Hex documents as "finished". */
    public boolean idle() {
        return "IDLE".equals(normalized());
    }

    public boolean failed() {
        return "ERROR".equals(normalized());
    }

    private String normalized() {
        return status == null ? "" : status.trim().toUpperCase(Locale.ROOT);
    }
}
