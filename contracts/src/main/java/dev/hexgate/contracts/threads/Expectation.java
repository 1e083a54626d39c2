package dev.hexgate.contracts.threads;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a caller asked to find in a thread's answer ({@code ThreadStarted.expect}): either column names
 * ({@code "customer_name, total"}, compared case-insensitively with the answer's table columns) or a regular
 * expression between slashes ({@code "/revenue of \$([0-9,.]+)/i"}, searched in the answer's messages).
 */
public sealed interface Expectation permits Expectation.Columns, Expectation.Regex {

    /** Parses {@code expect}; null for none (null or blank). A bad regex is an {@link IllegalArgumentException}. */
    static Expectation parse(String expect) {
        if (expect == null || expect.isBlank()) {
            return null;
        }
        String trimmed = expect.trim();
        int close = trimmed.lastIndexOf('/');
        if (trimmed.startsWith("/") && close > 0) {
            String flags = trimmed.substring(close + 1);
            if (flags.chars().allMatch(c -> c == 'i' || c == 'm' || c == 's')) {
                int bits = 0;
                if (flags.indexOf('i') >= 0) {
                    bits |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                }
                if (flags.indexOf('m') >= 0) {
                    bits |= Pattern.MULTILINE;
                }
                if (flags.indexOf('s') >= 0) {
                    bits |= Pattern.DOTALL;
                }
                try {
                    return new Regex(Pattern.compile(trimmed.substring(1, close), bits));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("expect is not a valid regular expression: "
                            + e.getDescription(), e);
                }
            }
        }
        List<String> names = Arrays.stream(trimmed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return names.isEmpty() ? null : new Columns(names);
    }

    /** Every named column must be in one table of the answer. */
    record Columns(List<String> names) implements Expectation {
        public Columns {
            names = List.copyOf(names);
        }
    }

    /** The pattern must match in a message of the answer. */
    record Regex(Pattern pattern) implements Expectation {
    }
}
