package dev.hexgate.hexapi.audit;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A run status seen in a command's result: Hex's run status shape ({@code get_hex_run_status}) carries
 * {@code runId}, {@code projectId} and {@code status} at the top level.
 */
public record RunObservation(String runId, String projectId, String status) {

    public static Optional<RunObservation> in(JsonNode result, JsonNode arguments) {
        if (result == null || !result.isObject() || !result.path("runId").isString()
                || !result.path("status").isString()) {
            return Optional.empty();
        }
        String projectId = result.path("projectId").isString() ? result.path("projectId").asString()
                : arguments != null && arguments.path("project_id").isString()
                        ? arguments.path("project_id").asString() : null;
        return Optional.of(new RunObservation(result.path("runId").asString(), projectId,
                result.path("status").asString()));
    }
}
