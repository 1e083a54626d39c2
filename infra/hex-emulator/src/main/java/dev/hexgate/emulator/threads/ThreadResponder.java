package dev.hexgate.emulator.threads;

import dev.hexgate.emulator.warehouse.QueryResult;
import dev.hexgate.emulator.warehouse.SampleWarehouse;
import dev.hexgate.emulator.warehouse.WarehouseQueryException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The emulated agent: turns one prompt into an {@link Answer}, deterministically. In order: an
 * {@code [emulator:error TYPE]} marker fails the thread; SQL in the prompt runs as-is (read-only statements only);
 * a fixture rule whose pattern matches runs its canned SQL (or fails with its error); anything else gets an honest
 * "I cannot answer that" naming the tables it can see. It never invents numbers: every figure comes from the
 * warehouse. Blocking (JDBC), so callers run it off the event loop.
 */
@Component
public class ThreadResponder {

    private final ThreadRules rules;
    private final SampleWarehouse warehouse;
    private final int rowLimit;

    public ThreadResponder(ThreadRules rules, SampleWarehouse warehouse, ThreadsProperties properties) {
        this.rules = rules;
        this.warehouse = warehouse;
        this.rowLimit = properties.rowLimit();
    }

    public Answer answer(String prompt) {
        Optional<ThreadError> marker = ErrorMarker.find(prompt, rules);
        if (marker.isPresent()) {
            return Answer.failed(marker.get());
        }
        Optional<PromptSql.Statement> sql = PromptSql.find(prompt);
        if (sql.isPresent()) {
            return runPromptSql(sql.get());
        }
        Optional<ThreadRules.CompiledRule> rule = rules.match(prompt);
        if (rule.isPresent()) {
            return applyRule(rule.get());
        }
        return Answer.text(rules.unanswerable(warehouse.tableNames()));
    }

    private Answer runPromptSql(PromptSql.Statement statement) {
        if (!statement.isReadOnly()) {
            return Answer.text("I can only run read-only queries (SELECT or WITH ... SELECT), so I did not run this "
                    + statement.keyword() + " statement. Nothing was changed.");
        }
        try {
            QueryResult result = warehouse.query(statement.sql(), rowLimit);
            return Answer.withTable("I ran your SQL as-is against the analytics warehouse. " + describe(result),
                    ResultTable.of(statement.sql(), result));
        } catch (WarehouseQueryException e) {
            return Answer.text("I ran your SQL as-is, but the query failed: " + e.getMessage()
                    + ". No results were produced; fix the query and ask again.");
        }
    }

    private Answer applyRule(ThreadRules.CompiledRule rule) {
        if (rule.error() != null) {
            return Answer.failed(new ThreadError(rule.error(), rules.errorMessage(rule.error())));
        }
        try {
            QueryResult result = warehouse.query(rule.sql(), rowLimit);
            return Answer.withTable(rule.answer() + " " + describe(result), ResultTable.of(rule.sql(), result));
        } catch (WarehouseQueryException e) {
            // Startup checks every rule's SQL, so this only happens if the warehouse itself misbehaves.
            return Answer.failed(new ThreadError(ThreadErrorType.AGENT_ERROR, rules.errorMessage(
                    ThreadErrorType.AGENT_ERROR)));
        }
    }

    private String describe(QueryResult result) {
        int rows = result.rows().size();
        String count = rows == 1 ? "1 row" : rows + " rows";
        if (result.truncated()) {
            return "The query returned more rows than I can show; here are the first " + count + ".";
        }
        return "The query returned " + count + ".";
    }

    /** The answer as text a reader sees: the sentence, then the rows as a Markdown table. */
    public static String render(Answer answer) {
        if (answer.failed()) {
            return answer.error().message();
        }
        return answer.optionalTable().map(t -> answer.text() + "\n\n" + MarkdownTable.render(t)).orElse(answer.text());
    }
}
