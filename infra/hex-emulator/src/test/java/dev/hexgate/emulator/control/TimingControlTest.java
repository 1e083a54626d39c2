package dev.hexgate.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.timing.Timings;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** {@code GET/PUT /_emulator/timing} reads and changes {@link Timings} at runtime. */
class TimingControlTest extends EmulatorHttpTest {

    @Autowired
    Timings timings;

    @AfterEach
    void restore() {
        timings.reset();
    }

    @Test
    void getShowsTheCurrentTimingsWithReadableDurations() {
        timings.set(new Timings.Settings(Duration.ofMillis(1500), Duration.ofSeconds(2), Duration.ofMinutes(1), 4));

        JsonNode body = client.get().uri("/_emulator/timing").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(body.toString()).isEqualTo(
                "{\"runPending\":\"1500ms\",\"runRunning\":\"2s\",\"threadRunning\":\"60s\",\"threadWaitTime\":4}");
    }

    @Test
    void putChangesOnlyTheFieldsItNames() {
        Timings.Settings before = timings.current();

        JsonNode body = put("{\"runPending\": \"250ms\"}").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(timings.current()).isEqualTo(new Timings.Settings(Duration.ofMillis(250), before.runRunning(),
                before.threadRunning(), before.threadWaitTime()));
        assertThat(body.get("runPending").asString()).isEqualTo("250ms");
    }

    @Test
    void putAcceptsIsoDurationsToo() {
        put("{\"runRunning\": \"PT1.5S\", \"threadWaitTime\": 2}").expectStatus().isOk();

        assertThat(timings.current().runRunning()).isEqualTo(Duration.ofMillis(1500));
        assertThat(timings.current().threadWaitTime()).isEqualTo(2);
    }

    @Test
    void badInputIsRejectedWithAMessageAndChangesNothing() {
        Timings.Settings before = timings.current();

        assertBadInput("{\"runPending\": \"soon\"}", "runPending: 'soon' is not a duration");
        assertBadInput("{\"runPending\": \"500\"}", "runPending: '500' needs a unit");
        assertBadInput("{\"runPending\": 500}", "runPending");
        assertBadInput("{\"runPending\": \"-1s\"}", "runPending must be a non-negative duration");
        assertBadInput("{\"runPending\": null}", "runPending must be a non-negative duration");
        assertBadInput("{\"runPendng\": \"1s\"}", "Unknown field 'runPendng'");
        assertBadInput("{\"threadWaitTime\": \"5\"}", "threadWaitTime");
        assertBadInput("{\"threadWaitTime\": -1}", "threadWaitTime must not be negative");
        assertBadInput("{\"threadWaitTime\": null}", "threadWaitTime");
        assertBadInput("runPending=1s", "not valid JSON");
        assertBadInput("", "needs a JSON object body");

        assertThat(timings.current()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotSentAsJsonIsRefusedWithAHint() {
        client.put().uri("/_emulator/timing").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("{\"runPending\": \"1s\"}").exchange()
                .expectStatus().isEqualTo(415)
                .expectBody().json("{\"message\":\"Send the body as JSON with Content-Type: application/json\"}", true);
    }

    private void assertBadInput(String body, String messagePart) {
        JsonNode error = put(body).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(error.propertyNames()).as(body).containsExactly("message");
        assertThat(error.get("message").asString()).as(body).contains(messagePart);
    }

    private WebTestClient.ResponseSpec put(String body) {
        return client.put().uri("/_emulator/timing").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }
}
