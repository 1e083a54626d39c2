package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetThreadTest extends ThreadsHttpTest {

    @Test
    void aRunningThreadHasEveryRequiredFieldAndNoResponseYet() {
        threadsRunFor(Duration.ofMinutes(10));
        String id = createThread(tokenOf(PRIYA), SIMPLE_SQL);

        JsonNode thread = getThread(tokenOf(PRIYA), id);

        assertThat(thread.propertyNames()).containsExactlyInAnyOrder("title", "creditsUsed", "topics", "warnings",
                "feedback", "model", "userId", "type", "source", "createdAt", "sensitive", "threadId", "status", "url",
                "error", "response");
        assertThat(thread.get("threadId").asString()).isEqualTo(id);
        assertThat(thread.get("status").asString()).isEqualTo("RUNNING");
        assertThat(thread.get("response").isNull()).isTrue();
        assertThat(thread.get("error").isNull()).isTrue();
        assertThat(thread.get("creditsUsed").isNull()).isTrue();
        assertThat(thread.get("userId").asString()).isEqualTo(userIdOf(PRIYA));
        assertThat(thread.get("title").asString()).startsWith("Run this SQL: SELECT customer_id");
        assertThat(thread.get("sensitive").asBoolean()).isFalse();
        assertThat(thread.get("topics").isEmpty()).isTrue();
    }

    @Test
    void anIdleThreadCarriesTheAnswerAndTheRowsFromTheWarehouse() {
        String id = createThread(tokenOf(PRIYA), SIMPLE_SQL);

        JsonNode thread = awaitFinished(tokenOf(PRIYA), id);

        assertThat(thread.get("status").asString()).isEqualTo("IDLE");
        assertThat(thread.get("error").isNull()).isTrue();
        JsonNode response = thread.get("response");
        assertThat(response.size()).isEqualTo(2);
        assertThat(response.at("/0/type").asString()).isEqualTo("text");
        assertThat(response.at("/0/text").asString()).contains("2 rows");
        assertThat(response.at("/1/text").asString())
                .contains("| customer_id | name |", "| 1 | Alder Logistics |", "| 2 | Birchwood Dental |");
    }

    @Test
    void theErrorMarkerEndsTheThreadInError() {
        String id = createThread(tokenOf(PRIYA), "How many customers? [emulator:error NO_DATA]");

        JsonNode thread = awaitFinished(tokenOf(PRIYA), id);

        assertThat(thread.get("status").asString()).isEqualTo("ERROR");
        assertThat(thread.at("/error/type").asString()).isEqualTo("NO_DATA");
        assertThat(thread.at("/error/message").asString())
                .isEqualTo("I could not find any data that answers this question.");
        assertThat(thread.get("response").isNull()).isTrue();
    }

    @Test
    void theRunningMarkerKeepsOneThreadWorkingWhileOthersFinish() {
        threadsRunFor(Duration.ZERO);
        String slow = createThread(tokenOf(PRIYA), "[emulator:running 600s] " + SIMPLE_SQL);
        String quick = createThread(tokenOf(PRIYA), SIMPLE_SQL);

        assertThat(awaitFinished(tokenOf(PRIYA), quick).get("status").asString()).isEqualTo("IDLE");
        JsonNode thread = getThread(tokenOf(PRIYA), slow);
        assertThat(thread.get("status").asString()).isEqualTo("RUNNING");
        assertThat(thread.get("response").isNull()).isTrue();
    }

    @Test
    void aFailingQueryIsAnIdleThreadThatSaysSo() {
        String id = createThread(tokenOf(PRIYA), "Run this SQL: SELECT nope FROM analytics.public.customers");

        JsonNode thread = awaitFinished(tokenOf(PRIYA), id);

        assertThat(thread.get("status").asString()).isEqualTo("IDLE");
        assertThat(thread.at("/response/0/text").asString()).contains("the query failed");
    }

    @Test
    void unknownIdIsNotFoundInTheNewShape() {
        getAs(tokenOf(PRIYA), THREADS + "/00000000-0000-4000-8000-000000000000")
                .expectStatus().isNotFound()
                .expectBody().json("{\"code\":\"NOT_FOUND\",\"message\":\"Not found\",\"issues\":[]}", true);
        getAs(tokenOf(PRIYA), THREADS + "/not-a-thread").expectStatus().isNotFound();
    }

    @Test
    void anotherUsersThreadIsNotFound() {
        String id = createThread(tokenOf(PRIYA), "How many customers do we have?");

        getAs(tokenOf(DANIEL), THREADS + "/" + id)
                .expectStatus().isNotFound()
                .expectBody().json("{\"code\":\"NOT_FOUND\",\"message\":\"Not found\",\"issues\":[]}", true);
    }
}
