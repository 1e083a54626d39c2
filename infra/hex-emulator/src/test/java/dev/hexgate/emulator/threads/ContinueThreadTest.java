package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

class ContinueThreadTest extends ThreadsHttpTest {

    @Test
    void aFollowupOnAnIdleThreadRunsAgainAndAnswersTheNewPrompt() {
        String id = createThread(tokenOf(PRIYA), "How many customers do we have?");
        awaitFinished(tokenOf(PRIYA), id);
        threadsRunFor(Duration.ofMinutes(10));

        JsonNode continued = okBody(followup(PRIYA, id, "Show me overdue invoices"));

        assertThat(continued.propertyNames()).containsExactlyInAnyOrder("threadId", "url");
        assertThat(continued.get("threadId").asString()).isEqualTo(id);
        assertThat(continued.get("url").asString()).endsWith("/threads/" + id);
        assertThat(getThread(tokenOf(PRIYA), id).get("status").asString()).isEqualTo("RUNNING");
    }

    @Test
    void theNewAnswerReplacesTheResponse() {
        String id = createThread(tokenOf(PRIYA), "How many customers do we have?");
        awaitFinished(tokenOf(PRIYA), id);

        okBody(followup(PRIYA, id, "Show me overdue invoices"));
        JsonNode thread = awaitFinished(tokenOf(PRIYA), id);

        assertThat(thread.get("status").asString()).isEqualTo("IDLE");
        assertThat(thread.at("/response/0/text").asString()).startsWith("These invoices are overdue");
        assertThat(thread.get("title").asString()).isEqualTo("How many customers do we have?");
    }

    @Test
    void aRunningThreadRefusesFollowupsWith400() {
        threadsRunFor(Duration.ofMinutes(10));
        String id = createThread(tokenOf(PRIYA), "How many customers do we have?");

        JsonNode error = errorBody(followup(PRIYA, id, "And by region?"), 400);

        assertNewStyleError(error, "BAD_REQUEST", "Invalid input data");
        assertThat(firstIssue(error)).contains("still running", "IDLE");
    }

    @Test
    void aThreadThatEndedInErrorCannotBeContinued() {
        String id = createThread(tokenOf(PRIYA), "[emulator:error OVER_LIMIT]");
        awaitFinished(tokenOf(PRIYA), id);

        JsonNode error = errorBody(followup(PRIYA, id, "try again"), 400);

        assertThat(firstIssue(error)).contains("ended in ERROR");
    }

    @Test
    void unknownOrForeignThreadIsNotFound() {
        String id = createThread(tokenOf(PRIYA), "How many customers do we have?");
        awaitFinished(tokenOf(PRIYA), id);

        errorBody(followup(PRIYA, "00000000-0000-4000-8000-000000000000", "hi"), 404);
        JsonNode error = errorBody(followup(DANIEL, id, "hi"), 404);
        assertNewStyleError(error, "NOT_FOUND", "Not found");
    }

    @Test
    void theBodyNeedsANonEmptyPromptWhichValidationNames() {
        String id = createThread(tokenOf(PRIYA), "How many customers do we have?");
        awaitFinished(tokenOf(PRIYA), id);
        String followup = THREADS + "/" + id + "/followup";

        assertRejectedNaming(postAs(tokenOf(PRIYA), followup, "{}"), "\"prompt\"");
        assertRejectedNaming(postAs(tokenOf(PRIYA), followup, "{\"prompt\": \"\"}"), "/prompt");
        assertRejectedNaming(postAs(tokenOf(PRIYA), followup, "{\"prompt\": [\"more\"]}"), "/prompt");
        assertThat(getThread(tokenOf(PRIYA), id).get("status").asString()).isEqualTo("IDLE");
    }

    private WebTestClient.ResponseSpec followup(String email, String id, String prompt) {
        return postAs(tokenOf(email), THREADS + "/" + id + "/followup", toJson(Map.of("prompt", prompt)));
    }
}
