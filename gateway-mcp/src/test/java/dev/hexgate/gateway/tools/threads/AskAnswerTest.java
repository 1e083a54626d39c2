package dev.hexgate.gateway.tools.threads;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import dev.hexgate.gateway.tools.ToolDefinitions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** How each way a thread can end becomes ask_hex's answer and summary, checked against the tool's output schema. */
class AskAnswerTest {

    private static final List<String> MESSAGES = List.of("user: What was revenue in October?",
            "assistant: Revenue in October was $1,234,567 across 3 regions.");
    private static final JsonNode OUTPUT_SCHEMA = EventCodec.mapper().valueToTree(
            new ToolDefinitions(EventCodec.mapper()).load("ask_hex").tool().outputSchema());

    @Test
    void aMatchedRegexIsFoundAndQuoted() {
        ObjectNode answer = AskAnswer.of(finished(ThreadOutcome.COMPLETED, json("""
                {"status":"found","value":{"match":"$1,234,567","groups":["1,234,567"],"message":1}}"""), null), 3);

        assertThat(answer.get("status").asString()).isEqualTo("found");
        assertThat(answer.at("/value/groups/0").asString()).isEqualTo("1,234,567");
        assertThat(answer.get("polls").asInt()).isEqualTo(3);
        assertThat(answer.get("error").isNull()).isTrue();
        assertThat(AskAnswer.summarize("/\\$([0-9,]+)/", answer)).isEqualTo("Hex thread t-1 answered; the answer "
                + "matches /\\$([0-9,]+)/: \"$1,234,567\". https://hex.example/t/t-1");
        assertValid(answer);
    }

    @Test
    void aFinishedThreadWithoutTheAskedColumnsIsNotFoundAndShowsTheAnswer() {
        ObjectNode answer = AskAnswer.of(finished(ThreadOutcome.COMPLETED, json("""
                {"status":"not_found","value":null}"""), null), 2);

        assertThat(answer.get("status").asString()).isEqualTo("not_found");
        assertThat(answer.get("value").isNull()).isTrue();
        assertThat(answer.get("messages").size()).isEqualTo(2);
        assertThat(AskAnswer.summarize("churn_rate", answer)).startsWith("Hex thread t-1 finished, but its answer "
                + "holds no churn_rate. The answer was:\nassistant: Revenue in October")
                .contains("follow up: ask_hex with thread_id t-1.");
        assertValid(answer);
    }

    @Test
    void withoutAnExpectationTheNewestMessageIsTheValue() {
        ObjectNode answer = AskAnswer.of(finished(ThreadOutcome.COMPLETED, null, null), 1);

        assertThat(answer.get("status").asString()).isEqualTo("found");
        assertThat(answer.get("value").asString()).isEqualTo(MESSAGES.get(1));
        assertThat(AskAnswer.summarize(null, answer)).isEqualTo("Hex thread t-1 answered:\n" + MESSAGES.get(1)
                + " https://hex.example/t/t-1");
        assertValid(answer);
    }

    @Test
    void theEndsWithoutAnAnswerSayWhy() {
        ObjectNode timedOut = AskAnswer.of(finished(ThreadOutcome.TIMEOUT, null,
                "The Hex thread did not finish before its deadline"), 4);
        assertThat(timedOut.get("status").asString()).isEqualTo("timeout");
        assertThat(timedOut.get("value").isNull()).isTrue();
        assertThat(AskAnswer.summarize("total", timedOut)).startsWith("Hex thread t-1 had not finished in time "
                + "(The Hex thread did not finish before its deadline, after 4 checks). Read it later with get_thread");
        assertValid(timedOut);

        ObjectNode failed = AskAnswer.of(finished(ThreadOutcome.FAILED, null, "NO_DATA: nothing answers this"), 2);
        assertThat(failed.get("status").asString()).isEqualTo("error");
        assertThat(AskAnswer.summarize(null, failed))
                .isEqualTo("Hex thread t-1 could not answer: NO_DATA: nothing answers this https://hex.example/t/t-1");
        assertValid(failed);

        ObjectNode reauthorize = AskAnswer.of(finished(ThreadOutcome.AUTHORIZATION_REQUIRED, null, "401"), 1,
                "http://vault.example/connect/start?attempt=abc");
        assertThat(reauthorize.get("status").asString()).isEqualTo("error");
        assertThat(reauthorize.get("error").asString())
                .contains("Sign in to Hex again here: http://vault.example/connect/start?attempt=abc ");
        assertValid(reauthorize);
        ObjectNode noVault = AskAnswer.of(finished(ThreadOutcome.AUTHORIZATION_REQUIRED, null, "401"), 1, null);
        assertThat(noVault.get("error").asString()).contains("disconnect_hex_account", "hex_connection_status");

        ObjectNode unreported = AskAnswer.unreported("t-9", null, 0);
        assertThat(unreported.get("status").asString()).isEqualTo("timeout");
        assertThat(unreported.get("url").isNull()).isTrue();
        assertValid(unreported);
    }

    private static ThreadFinished finished(ThreadOutcome outcome, JsonNode extraction, String error) {
        return new ThreadFinished("e-1", "t-1", "c-1", "mcp:someone", Origin.mcp("gw", "c-1"), outcome, MESSAGES,
                EventCodec.toTree(List.of(Map.of("columns", List.of("region", "revenue"),
                        "rows", List.of(List.of("EMEA", 500000))))),
                "https://hex.example/t/t-1", extraction, error, Instant.now());
    }

    private static void assertValid(JsonNode answer) {
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(OUTPUT_SCHEMA)
                .validate(answer)).as(answer.toString()).isEmpty();
    }

    private static JsonNode json(String text) {
        return EventCodec.mapper().readTree(text);
    }
}
