package dev.hexgate.poller.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.contracts.threads.Expectation;
import dev.hexgate.poller.hex.GetThreadPayload;
import dev.hexgate.poller.hex.ThreadSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction on the shape of the emulator's {@code get_thread} structuredContent for a finished thread (messages as
 * {@code {type, text}} blocks, tables with {@code sql}, {@code columns [{name, type}]}, {@code rows [{column:
 * value}]}), read through {@link GetThreadPayload} as the poller reads it.
 */
class ExtractorTest {

    private static final String IDLE_WITH_TABLE = """
            {"threadId":"5b0c7f0e-0d7a-4d0e-9b7b-0b1f1c1e2a3b","status":"IDLE","title":"Top customers by revenue",
             "url":"http://localhost:8090/fernbrook/threads/5b0c7f0e-0d7a-4d0e-9b7b-0b1f1c1e2a3b",
             "messages":[
               {"type":"text","text":"user: Who are our top customers by revenue? Return results in a table."},
               {"type":"text","text":"assistant: These are the top customers by invoiced revenue.\\n\\n| customer | segment | revenue_usd |\\n|---|---|---|\\n| Northwind Labs | enterprise | 182000.00 |\\n| Acme Corp | mid-market | 95000.50 |"}],
             "tables":[{"sql":"SELECT c.name AS customer, c.segment, SUM(i.amount_usd) AS revenue_usd FROM ...",
               "columns":[{"name":"customer","type":"CHARACTER VARYING"},{"name":"segment","type":"CHARACTER VARYING"},
                          {"name":"revenue_usd","type":"NUMERIC"}],
               "rows":[{"customer":"Northwind Labs","segment":"enterprise","revenue_usd":"182000.00"},
                       {"customer":"Acme Corp","segment":"mid-market","revenue_usd":"95000.50"}],
               "rowCount":2,"truncated":false}]}
            """;

    private static final String IDLE_WITHOUT_TABLE = """
            {"threadId":"7d1c","status":"IDLE","title":"Weather","url":"http://localhost:8090/fernbrook/threads/7d1c",
             "messages":[{"type":"text","text":"user: What is the weather?"},
                         {"type":"text","text":"assistant: I could not answer that from the data I can see. The tables are customers, invoices, usage."}],
             "tables":[]}
            """;

    @Test
    void columnNamesMatchATableCaseInsensitivelyAndProjectItsRows() {
        ThreadSnapshot snapshot = read(IDLE_WITH_TABLE);

        JsonNode result = Extractor.extract(Expectation.parse(" Customer , REVENUE_USD "), snapshot.messages(),
                snapshot.tables());

        assertThat(result.get("status").asString()).isEqualTo("found");
        JsonNode value = result.get("value");
        assertThat(value.get("columns").toString()).isEqualTo("[\"Customer\",\"REVENUE_USD\"]");
        assertThat(value.get("rowCount").asInt()).isEqualTo(2);
        assertThat(value.get("rows").get(0).get("Customer").asString()).isEqualTo("Northwind Labs");
        assertThat(value.get("rows").get(1).get("REVENUE_USD").asString()).isEqualTo("95000.50");
        assertThat(value.get("rows").get(0).has("segment")).isFalse();
    }

    @Test
    void aPartialColumnMatchIsNotFound() {
        ThreadSnapshot snapshot = read(IDLE_WITH_TABLE);

        JsonNode result = Extractor.extract(Expectation.parse("customer, churn_rate"), snapshot.messages(),
                snapshot.tables());

        assertThat(result.get("status").asString()).isEqualTo("not_found");
        assertThat(result.get("value").isNull()).isTrue();
    }

    @Test
    void aFinishedThreadWithoutTablesIsNotFoundForColumns() {
        ThreadSnapshot snapshot = read(IDLE_WITHOUT_TABLE);

        assertThat(Extractor.extract(Expectation.parse("customer"), snapshot.messages(), snapshot.tables())
                .get("status").asString()).isEqualTo("not_found");
    }

    @Test
    void aRegexMatchesTheNewestMessageFirstWithItsGroups() {
        ThreadSnapshot snapshot = read(IDLE_WITH_TABLE);

        JsonNode result = Extractor.extract(Expectation.parse("/\\| (northwind labs) \\| \\w+ \\| ([0-9.]+) \\|/i"),
                snapshot.messages(), snapshot.tables());

        assertThat(result.get("status").asString()).isEqualTo("found");
        assertThat(result.at("/value/groups/0").asString()).isEqualTo("Northwind Labs");
        assertThat(result.at("/value/groups/1").asString()).isEqualTo("182000.00");
        assertThat(result.at("/value/message").asInt()).isEqualTo(1);
    }

    @Test
    void aRegexPrefersTheAnswerOverThePromptThatAskedForIt() {
        ThreadSnapshot snapshot = read(IDLE_WITH_TABLE);

        JsonNode result = Extractor.extract(Expectation.parse("/top customers/i"), snapshot.messages(),
                snapshot.tables());

        assertThat(result.at("/value/message").asInt()).as("the assistant's message, newest").isEqualTo(1);
    }

    @Test
    void aRegexThatMatchesNothingIsNotFound() {
        ThreadSnapshot snapshot = read(IDLE_WITHOUT_TABLE);

        assertThat(Extractor.extract(Expectation.parse("/revenue of \\$[0-9]+/"), snapshot.messages(),
                snapshot.tables()).get("status").asString()).isEqualTo("not_found");
    }

    @Test
    void rowsAsArraysInColumnOrderAndColumnsAsStringsAreReadToo() {
        JsonNode tables = JsonMapper.shared().readTree("""
                [{"columns":["id","Total"],"rows":[["a",1],["b",2]]}]""");

        JsonNode result = Extractor.extract(Expectation.parse("total"), List.of(), tables);

        assertThat(result.at("/value/rows/1/total").asInt()).isEqualTo(2);
    }

    @Test
    void parsingTellsColumnsFromRegexAndRejectsABadRegex() {
        assertThat(Expectation.parse(null)).isNull();
        assertThat(Expectation.parse("  ")).isNull();
        assertThat(Expectation.parse("a, b")).isEqualTo(new Expectation.Columns(List.of("a", "b")));
        assertThat(Expectation.parse("/x+/i")).isInstanceOf(Expectation.Regex.class);
        assertThat(Expectation.parse("a/b")).isEqualTo(new Expectation.Columns(List.of("a/b")));
        assertThatThrownBy(() -> Expectation.parse("/(unclosed/")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ThreadSnapshot read(String structured) {
        return GetThreadPayload.read(JsonMapper.shared().readTree(structured), List.of());
    }
}
