package dev.hexgate.hexapi.operations.projects;

import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.hexapi.operations.OperationRefusedException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Decides whether a project matches {@code search_pattern}: case-insensitively, in its title or its description.
 * By default the pattern is plain text (a substring). As a regular expression it is made safe for a shared
 * service: at most {@value #MAX_PATTERN_LENGTH} characters (the gateway's schema says the same), and the regex
 * engine reads the text through a counter: at most {@value #TEXT_BUDGET} character reads for one title or
 * description (enough for a pattern that is quadratic on a ~800-character text) and {@value #SEARCH_BUDGET} for
 * the whole search (around a second of CPU). A leading {@code .*}, the commonest quadratic habit, is dropped first
 * (see {@link #withoutLeadingDotStar}). A pattern that
 * backtracks catastrophically hits a budget within milliseconds and the search is refused, instead of pinning a
 * CPU of a shared service.
 *
 * <p>One instance serves one search (one search budget); not thread-safe.
 */
final class ProjectMatcher {

    static final int MAX_PATTERN_LENGTH = 200;
    static final long TEXT_BUDGET = 1_000_000L;
    static final long SEARCH_BUDGET = 50_000_000L;

    private final String needle;
    private final Pattern regex;
    private final long textBudget;
    private final long searchBudget;
    private long textReads;
    private long searchReads;

    private ProjectMatcher(String needle, Pattern regex, long textBudget, long searchBudget) {
        this.needle = needle;
        this.regex = regex;
        this.textBudget = textBudget;
        this.searchBudget = searchBudget;
    }

    static ProjectMatcher of(String pattern, boolean isRegex) {
        return of(pattern, isRegex, TEXT_BUDGET, SEARCH_BUDGET);
    }

    static ProjectMatcher of(String pattern, boolean isRegex, long textBudget, long searchBudget) {
        if (pattern == null || pattern.isEmpty() || pattern.length() > MAX_PATTERN_LENGTH) {
            throw refused("must be 1 to " + MAX_PATTERN_LENGTH + " characters");
        }
        if (!isRegex) {
            return new ProjectMatcher(pattern.toLowerCase(Locale.ROOT), null, textBudget, searchBudget);
        }
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            Pattern.compile(pattern, flags);
            return new ProjectMatcher(null, Pattern.compile(withoutLeadingDotStar(pattern), flags), textBudget,
                    searchBudget);
        } catch (PatternSyntaxException e) {
            throw refused("not a valid regular expression (" + e.getDescription() + ")");
        }
    }

    /**
     * A search looks for the pattern anywhere, so a leading {@code .*} (or {@code .*?}) changes nothing about
     * whether it is found, but makes every search quadratic in the text's length. It is dropped before matching.
     */
    static String withoutLeadingDotStar(String pattern) {
        String rest = pattern;
        while (true) {
            int length = rest.startsWith(".*?") ? 3 : rest.startsWith(".*") ? 2 : 0;
            if (length == 0 || (rest.length() > length && "+*?{".indexOf(rest.charAt(length)) >= 0)) {
                return rest;
            }
            rest = rest.substring(length);
        }
    }

    boolean matches(JsonNode project) {
        return matches(project.path("title").asString(null)) || matches(project.path("description").asString(null));
    }

    private boolean matches(String text) {
        if (text == null) {
            return false;
        }
        if (regex == null) {
            return text.toLowerCase(Locale.ROOT).contains(needle);
        }
        textReads = 0;
        try {
            return regex.matcher(new CountingText(text, 0, text.length())).find();
        } catch (BudgetSpent e) {
            throw refused("too costly to evaluate as a regular expression (it backtracks too "
                    + "much). Simplify it, e.g. avoid nested repetition like (a+)+, or search for plain text with "
                    + "regex=false");
        }
    }

    private static OperationRefusedException refused(String why) {
        return new OperationRefusedException(FailureCode.INVALID_ARGUMENTS,
                "Invalid arguments for search_hex_projects: argument 'search_pattern': " + why + ".");
    }

    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** The text as the regex engine sees it: each character read counts against both budgets. */
    private final class CountingText implements CharSequence {

        private final String text;
        private final int start;
        private final int end;

        CountingText(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        @Override
        public char charAt(int index) {
            if (++textReads > textBudget || ++searchReads > searchBudget) {
                throw new BudgetSpent();
            }
            return text.charAt(start + index);
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new CountingText(text, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
