package dev.hexgate.testkit.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * How many requests the emulator was working on at the same moment, from its request log ({@code GET
 * /_emulator/requests}: each entry's arrival {@code time} and {@code durationMs}). Tests use it to show that a
 * caller does not wait for one answer before sending the next request, without timing the caller.
 */
public final class RequestOverlap {

    private RequestOverlap() {
    }

    /** The most requests of {@code requestLog} matching {@code which} that were open at one instant. */
    public static int most(JsonNode requestLog, Predicate<JsonNode> which) {
        List<long[]> edges = new ArrayList<>();
        for (JsonNode request : requestLog.path("requests")) {
            if (which.test(request)) {
                long arrived = Instant.parse(request.path("time").asString()).toEpochMilli();
                edges.add(new long[] {arrived, 1});
                edges.add(new long[] {arrived + request.path("durationMs").asLong(), -1});
            }
        }
        // at the same millisecond, an end before a start: touching requests did not overlap
        edges.sort(Comparator.<long[]>comparingLong(edge -> edge[0]).thenComparingLong(edge -> edge[1]));
        int open = 0;
        int most = 0;
        for (long[] edge : edges) {
            open += (int) edge[1];
            most = Math.max(most, open);
        }
        return most;
    }
}
