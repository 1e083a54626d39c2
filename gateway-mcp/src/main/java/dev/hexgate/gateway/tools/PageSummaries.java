package dev.hexgate.gateway.tools;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Wording shared by the tools that page with Hex's cursors ({@code after}/{@code before}). */
public final class PageSummaries {

    private PageSummaries() {
    }

    /** Hex refuses both cursors at once; saying so before the call saves a round trip. */
    public static Optional<String> oneCursorAtMost(JsonNode arguments) {
        if (arguments.hasNonNull("after") && arguments.hasNonNull("before")) {
            return Optional.of("give either 'after' or 'before', not both");
        }
        return Optional.empty();
    }

    /** How to go on from this page: the next cursor, or that this is the last page. */
    public static String nextPageHint(JsonNode result) {
        String after = result.path("pagination").path("after").asString(null);
        return after == null ? "This is the last page." : "More: call again with after=\"" + after + "\".";
    }

    /** {@code 1 cell}, {@code 3 cells}. */
    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
