package dev.hexgate.hexapi.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Builds a Hex query string from a tool's (already validated) arguments: each tool argument that is present and not
 * null becomes Hex's parameter; an absent one is left out, never sent empty or null.
 */
public final class HexQuery {

    private final JsonNode arguments;
    private final Map<String, List<String>> query = new LinkedHashMap<>();

    private HexQuery(JsonNode arguments) {
        this.arguments = arguments;
    }

    public static HexQuery from(JsonNode arguments) {
        return new HexQuery(arguments);
    }

    /** {@code argument} (a string, number or boolean) as Hex's {@code parameter}. */
    public HexQuery put(String argument, String parameter) {
        if (arguments.hasNonNull(argument)) {
            query.put(parameter, List.of(arguments.get(argument).asString()));
        }
        return this;
    }

    /** An array argument as one comma-separated value, as Hex wants {@code userIds}. */
    public HexQuery putJoined(String argument, String parameter) {
        if (arguments.hasNonNull(argument)) {
            List<String> values = new ArrayList<>();
            arguments.get(argument).forEach(v -> values.add(v.asString()));
            if (!values.isEmpty()) {
                query.put(parameter, List.of(String.join(",", values)));
            }
        }
        return this;
    }

    /** A value the operation decides itself. */
    public HexQuery set(String parameter, String value) {
        if (value != null) {
            query.put(parameter, List.of(value));
        }
        return this;
    }

    public Map<String, List<String>> build() {
        return query;
    }
}
