package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.emulator.warehouse.QueryResult;
import dev.hexgate.emulator.warehouse.SampleWarehouse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The emulated agent against the real sample warehouse and the real rules fixture. */
class ThreadResponderTest {

    private static final SampleWarehouse WAREHOUSE = new SampleWarehouse();
    private static final ThreadsProperties PROPERTIES = new ThreadsProperties(100, "fixtures/thread-rules.json");
    private static final ThreadRules RULES = new ThreadRules(PROPERTIES, WAREHOUSE);
    private final ThreadResponder responder = new ThreadResponder(RULES, WAREHOUSE, PROPERTIES);

    @Test
    void runsPromptSqlAndReturnsTheRows() {
        Answer answer = responder.answer(
                "Run this SQL: SELECT customer_id, name FROM analytics.public.customers WHERE customer_id <= 2 "
                        + "ORDER BY customer_id;");

        assertThat(answer.failed()).isFalse();
        assertThat(answer.text()).contains("2 rows");
        assertThat(answer.table().columns()).extracting(QueryResult.Column::name)
                .containsExactly("customer_id", "name");
        assertThat(answer.table().rows()).containsExactly(
                Map.of("customer_id", "1", "name", "Alder Logistics"),
                Map.of("customer_id", "2", "name", "Birchwood Dental"));
        assertThat(ThreadResponder.render(answer)).contains("| customer_id | name |", "| 1 | Alder Logistics |");
    }

    @Test
    void aFailingQueryIsExplainedNotCrashed() {
        Answer answer = responder.answer("Run this SQL: SELECT nope FROM analytics.public.customers");

        assertThat(answer.failed()).isFalse();
        assertThat(answer.table()).isNull();
        assertThat(answer.text()).contains("the query failed").containsIgnoringCase("nope");
    }

    @Test
    void writesAreRefused() {
        Answer answer = responder.answer("Run this SQL: DELETE FROM analytics.public.invoices");

        assertThat(answer.failed()).isFalse();
        assertThat(answer.table()).isNull();
        assertThat(answer.text()).contains("read-only", "DELETE", "Nothing was changed");
    }

    @Test
    void rulesAnswerWithTheirCannedQuery() {
        Answer answer = responder.answer("Who are our top customers by revenue?");

        assertThat(answer.text()).startsWith("Here are the 10 customers with the most invoiced revenue");
        assertThat(answer.table().rows()).hasSize(10);
        assertThat(answer.table().columns()).extracting(QueryResult.Column::name)
                .containsExactly("customer", "segment", "region", "revenue_usd");
        assertThat(answer.table().rows().get(0).get("segment")).isEqualTo("Enterprise");
    }

    @Test
    void everyExampleQuestionHitsItsRule() {
        assertThat(responder.answer("How many customers do we have?").table().rows())
                .containsExactly(Map.of("customers", "24"));
        assertThat(responder.answer("Show me overdue invoices").table().rows())
                .allSatisfy(row -> assertThat(row).containsKey("invoice_id"))
                .hasSize(3);
        assertThat(responder.answer("active users by segment last month").table().rows())
                .extracting(row -> row.get("segment")).containsExactlyInAnyOrder("Enterprise", "Mid-Market", "SMB");
        assertThat(responder.answer("List unpaid invoices").table().rows()).hasSize(11);
        assertThat(responder.answer("customers by region").table().rows()).hasSize(3);
        assertThat(responder.answer("monthly revenue trend").table().rows()).hasSize(10);
    }

    @Test
    void anErrorRuleFailsTheThread() {
        Answer answer = responder.answer("Pull the pipeline from Salesforce");

        assertThat(answer.failed()).isTrue();
        assertThat(answer.error().type()).isEqualTo(ThreadErrorType.DATA_CONNECTION_NOT_AUTHORIZED);
    }

    @Test
    void theMarkerFailsTheThreadWithTheRequestedType() {
        Answer answer = responder.answer("How many customers? [emulator:error NO_DATA]");

        assertThat(answer.error()).isEqualTo(
                new ThreadError(ThreadErrorType.NO_DATA, "I could not find any data that answers this question."));
        assertThat(responder.answer("[emulator:error AGENT_OVERLOADED] hi").error().type())
                .isEqualTo(ThreadErrorType.AGENT_OVERLOADED);
    }

    @Test
    void anUnknownMarkerTypeStillFailsButSaysWhy() {
        Answer answer = responder.answer("[emulator:error NOT_A_TYPE]");

        assertThat(answer.error().type()).isEqualTo(ThreadErrorType.INVALID_REQUEST);
        assertThat(answer.error().message()).contains("NOT_A_TYPE", "NO_DATA");
    }

    @Test
    void anythingElseIsAnHonestNo() {
        Answer answer = responder.answer("What will the weather be in Oslo tomorrow?");

        assertThat(answer.failed()).isFalse();
        assertThat(answer.table()).isNull();
        assertThat(answer.text()).startsWith("I could not answer that from the data I can access")
                .contains("analytics.public.customers", "analytics.public.usage", "analytics.public.invoices");
    }

    @Test
    void rowsAreCappedAtTheRowLimit() {
        ThreadResponder small = new ThreadResponder(RULES, WAREHOUSE, new ThreadsProperties(5, "unused"));

        Answer answer = small.answer("SELECT * FROM analytics.public.usage");

        assertThat(answer.table().rows()).hasSize(5);
        assertThat(answer.table().truncated()).isTrue();
        assertThat(answer.text()).contains("first 5 rows");
    }

    @Test
    void aBrokenRuleFailsAtStartup() {
        ThreadRulesFixture broken = new ThreadRulesFixture(List.of(new ThreadRulesFixture.Rule("broken",
                List.of("x"), "answer", "SELECT missing_column FROM analytics.public.customers", null)),
                Map.of(), "no");

        assertThatThrownBy(() -> new ThreadRules(broken, WAREHOUSE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rule 'broken' SQL fails");
    }

    @Test
    void aRuleNeedsExactlyOneOutcome() {
        ThreadRulesFixture both = new ThreadRulesFixture(List.of(new ThreadRulesFixture.Rule("both",
                List.of("x"), "answer", "SELECT 1", ThreadErrorType.NO_DATA)), Map.of(), "no");

        assertThatThrownBy(() -> new ThreadRules(both, WAREHOUSE)).hasMessageContaining("exactly one of sql and error");
    }
}
