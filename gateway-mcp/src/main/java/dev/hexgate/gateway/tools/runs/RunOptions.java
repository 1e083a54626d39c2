package dev.hexgate.gateway.tools.runs;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The options of starting a run, shared by run_hex_project and wait_for_hex_run, and Hex's rules about them. */
final class RunOptions {

    /** The arguments that shape a new run (all but project_id). */
    static final List<String> NAMES = List.of("input_params", "update_published_results", "dry_run",
            "use_cached_sql_results", "view_id", "notifications");

    private RunOptions() {
    }

    /** Hex's cross-field rules for RunProject's body, which a JSON schema cannot say well. */
    static Optional<String> check(JsonNode arguments) {
        boolean inputs = arguments.hasNonNull("input_params");
        if (inputs && arguments.hasNonNull("view_id")) {
            return Optional.of("give either 'input_params' or 'view_id', not both (a saved view brings its own inputs)");
        }
        if (inputs && arguments.path("update_published_results").asBoolean(false)) {
            return Optional.of("'update_published_results' cannot be true with 'input_params': published results are"
                    + " only updated from a run with the app's default inputs");
        }
        return Optional.empty();
    }

    /** Hex's terminal run statuses; anything else (including statuses Hex adds later) is still in progress. */
    static boolean isTerminal(String status) {
        return "COMPLETED".equals(status) || "ERRORED".equals(status) || "KILLED".equals(status)
                || "UNABLE_TO_ALLOCATE_KERNEL".equals(status);
    }

    /** "1.2 s" from Hex's elapsedTime in milliseconds, or null when Hex gave none. */
    static String elapsed(JsonNode status) {
        JsonNode elapsed = status.path("elapsedTime");
        if (!elapsed.isNumber()) {
            return null;
        }
        double seconds = elapsed.asDouble() / 1000.0;
        return seconds < 10 ? String.format(java.util.Locale.ROOT, "%.1f s", seconds)
                : Math.round(seconds) + " s";
    }

    /** One line about a run's status, e.g. {@code run 78c3… of project 5a85…: COMPLETED in 2.5 s}. */
    static String describe(JsonNode status) {
        StringBuilder text = new StringBuilder("Run ").append(status.path("runId").asString())
                .append(" of project ").append(status.path("projectId").asString()).append(": ")
                .append(status.path("status").asString("UNKNOWN"));
        String elapsed = elapsed(status);
        if (elapsed != null) {
            text.append(" in ").append(elapsed);
        } else if (status.hasNonNull("startTime")) {
            text.append(" since ").append(status.get("startTime").asString());
        }
        return text.toString();
    }
}
