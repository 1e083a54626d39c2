package dev.hexgate.gateway.tools.directory;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Argument rules and summary wording shared by the workspace-directory tools (sharing, collections, groups, connections). */
public final class DirectoryText {

    private DirectoryText() {
    }

    /** Hex's cursor paging takes one direction at a time. */
    public static Optional<String> pageProblem(JsonNode arguments) {
        if (arguments.hasNonNull("after") && arguments.hasNonNull("before")) {
            return Optional.of("give either 'after' or 'before', not both");
        }
        return Optional.empty();
    }

    /** An update must change something: at least one of {@code names} set (a list must not be empty). */
    public static Optional<String> requireChange(JsonNode arguments, String... names) {
        for (String name : names) {
            JsonNode value = arguments.get(name);
            if (value != null && !(value.isArray() && value.isEmpty())) {
                return Optional.empty();
            }
        }
        return Optional.of("nothing to change: give at least one of "
                + Arrays.stream(names).map(n -> "'" + n + "'").collect(Collectors.joining(", ")));
    }

    /** Ids that are in both lists, e.g. added and removed at once. */
    public static Set<String> overlap(JsonNode first, JsonNode second) {
        Set<String> a = new HashSet<>();
        if (first != null) {
            first.forEach(id -> a.add(id.asString().toLowerCase()));
        }
        Set<String> both = new HashSet<>();
        if (second != null) {
            second.forEach(id -> {
                if (a.contains(id.asString().toLowerCase())) {
                    both.add(id.asString());
                }
            });
        }
        return both;
    }

    /** {@code 3 groups: A (id); B (id). More: call again with after="…".} */
    public static String page(JsonNode result, String singular, String plural, Function<JsonNode, String> item) {
        JsonNode values = result.path("values");
        StringBuilder text = new StringBuilder().append(values.size()).append(' ')
                .append(values.size() == 1 ? singular : plural);
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? ": " : "; ").append(item.apply(values.get(i)));
        }
        String after = result.path("pagination").path("after").asString(null);
        return text.append(after == null ? ". This is the last page." : ". More: call again with after=\"" + after + "\".")
                .toString();
    }

    /** {@code "Name" (id)}. */
    public static String named(JsonNode object, String nameField) {
        return "\"" + object.path(nameField).asString() + "\" (" + object.path("id").asString() + ")";
    }

    public static String plural(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
