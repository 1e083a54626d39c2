package dev.hexgate.hexapi.operations.runs;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reading the run tools' (already validated) arguments; an absent or null argument is "not set". */
final class RunArguments {

    private RunArguments() {
    }

    static String projectId(JsonNode arguments) {
        return arguments.path("project_id").asString();
    }

    static String runId(JsonNode arguments) {
        return arguments.path("run_id").asString();
    }

    static boolean has(JsonNode arguments, String name) {
        return arguments.hasNonNull(name);
    }

    /** A query parameter from an argument, or nothing when the argument is not set. */
    static void query(Map<String, List<String>> query, JsonNode arguments, String argument, String parameter) {
        if (arguments.hasNonNull(argument)) {
            query.put(parameter, List.of(arguments.get(argument).asString()));
        }
    }
}
