package dev.hexgate.emulator.threads;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds SQL a prompt asks the agent to run as-is. Hex documents that "Run this SQL: …" makes the agent execute the
 * statement unchanged; the emulator also accepts a {@code ```sql} fenced block and a prompt that simply is a
 * statement. The statement ends at the first {@code ;} or blank line outside a string literal, so prose after it
 * ("Return results in a table.") is not sent to the warehouse.
 */
final class PromptSql {

    private static final Pattern FENCE = Pattern.compile("```sql\\s*(.*?)```",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INSTRUCTION = Pattern.compile(
            "\\b(?:run|execute)\\s+(?:this|the following|the)\\s+(?:sql(?:\\s+query)?|query)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT_START = Pattern.compile(
            "^\\s*\\(*\\s*(SELECT|WITH|INSERT|UPDATE|DELETE|MERGE|UPSERT|REPLACE|DROP|CREATE|ALTER|TRUNCATE|GRANT"
                    + "|REVOKE|CALL|COPY)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*\\(*\\s*([A-Za-z]+)");
    private static final Set<String> READ_ONLY = Set.of("SELECT", "WITH");

    private PromptSql() {
    }

    /** A statement found in a prompt, with its leading keyword in upper case. */
    record Statement(String sql, String keyword) {
        boolean isReadOnly() {
            return READ_ONLY.contains(keyword);
        }
    }

    static Optional<Statement> find(String prompt) {
        Matcher fence = FENCE.matcher(prompt);
        if (fence.find()) {
            return statement(fence.group(1));
        }
        Matcher instruction = INSTRUCTION.matcher(prompt);
        if (instruction.find()) {
            return statement(prompt.substring(instruction.end()));
        }
        if (STATEMENT_START.matcher(prompt).find()) {
            return statement(prompt);
        }
        return Optional.empty();
    }

    private static Optional<Statement> statement(String text) {
        String sql = firstStatement(text);
        Matcher word = FIRST_WORD.matcher(sql);
        if (sql.isEmpty() || !word.find()) {
            return Optional.empty();
        }
        return Optional.of(new Statement(sql, word.group(1).toUpperCase(Locale.ROOT)));
    }

    /** Text up to the first semicolon or blank line that is not inside a quoted literal or identifier. */
    static String firstStatement(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ';' || (c == '\n' && blankLineFollows(text, i + 1))) {
                return text.substring(0, i).strip();
            }
        }
        return text.strip();
    }

    private static boolean blankLineFollows(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }
}
