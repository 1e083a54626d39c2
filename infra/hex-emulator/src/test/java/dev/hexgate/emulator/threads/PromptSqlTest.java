package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptSqlTest {

    @Test
    void runThisSqlTakesTheStatementUpToTheSemicolon() {
        Optional<PromptSql.Statement> found = PromptSql.find(
                "Run this SQL: SELECT name FROM analytics.public.customers; Return results in a structured table.");

        assertThat(found).contains(new PromptSql.Statement("SELECT name FROM analytics.public.customers", "SELECT"));
    }

    @Test
    void aBlankLineEndsTheStatementToo() {
        Optional<PromptSql.Statement> found = PromptSql.find(
                "Please execute the following query:\nSELECT 1 AS one\nFROM dual\n\nThanks!");

        assertThat(found.map(PromptSql.Statement::sql)).contains("SELECT 1 AS one\nFROM dual");
    }

    @Test
    void semicolonsInsideLiteralsDoNotEndTheStatement() {
        Optional<PromptSql.Statement> found = PromptSql.find("Run this SQL: SELECT 'a;b' AS x;");

        assertThat(found.map(PromptSql.Statement::sql)).contains("SELECT 'a;b' AS x");
    }

    @Test
    void aSqlFenceIsRunAsIs() {
        Optional<PromptSql.Statement> found = PromptSql.find("""
                How many rows does this give?
                ```sql
                WITH x AS (SELECT 1 AS n) SELECT n FROM x
                ```""");

        assertThat(found).contains(new PromptSql.Statement("WITH x AS (SELECT 1 AS n) SELECT n FROM x", "WITH"));
    }

    @Test
    void aPromptThatIsAStatementCounts() {
        assertThat(PromptSql.find("  select count(*) from analytics.public.usage").map(PromptSql.Statement::keyword))
                .contains("SELECT");
    }

    @Test
    void writesAreFoundButNotReadOnly() {
        PromptSql.Statement delete =
                PromptSql.find("Run this SQL: DELETE FROM analytics.public.invoices").orElseThrow();

        assertThat(delete.keyword()).isEqualTo("DELETE");
        assertThat(delete.isReadOnly()).isFalse();
        assertThat(PromptSql.find("DROP TABLE customers").orElseThrow().isReadOnly()).isFalse();
    }

    @Test
    void questionsAreNotSql() {
        assertThat(PromptSql.find("Who are our top customers by revenue?")).isEmpty();
        assertThat(PromptSql.find("Select the best plan for me")).isPresent(); // a statement-shaped prompt is SQL
        assertThat(PromptSql.find("Run this SQL:   ")).isEmpty();
    }
}
