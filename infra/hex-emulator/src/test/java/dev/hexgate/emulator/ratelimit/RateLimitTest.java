package dev.hexgate.emulator.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.timing.EmulatorClock;
import dev.hexgate.emulator.web.TraceIdFilter;
import dev.hexgate.emulator.workspace.ApiToken;
import dev.hexgate.emulator.workspace.TokenKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Hex's per-token limits over real HTTP, through the {@code hex-api} routes this build serves (ListProjects,
 * GetProject). The shared test context runs with limits off; each test switches them on through the control plane
 * and the limiter and clock are reset afterwards.
 */
class RateLimitTest extends EmulatorHttpTest {

    @Autowired
    RateLimiter limiter;

    @Autowired
    EmulatorClock clock;

    private String token;
    private String otherToken;
    private String projectPath;

    @BeforeEach
    void switchLimitsOn() {
        List<ApiToken> personal = workspace.tokens().stream().filter(t -> t.kind() == TokenKind.PERSONAL).toList();
        token = personal.get(1).token();
        otherToken = personal.get(2).token();
        projectPath = PROJECTS + "/" + workspace.projects().get(0).id();
        putLimits("{\"enabled\": true}").expectStatus().isOk();
    }

    @AfterEach
    void restore() {
        limiter.reset();
        clock.reset();
    }

    @Test
    void theThirtyFirstHexApiRequestWithinAMinuteIsAnsweredTooManyRequests() {
        for (int i = 0; i < 30; i++) {
            // ListProjects and GetProject are both in group hex-api, so they share one budget.
            call(i % 2 == 0 ? PROJECTS : projectPath, token).expectStatus().isOk();
        }

        EntityExchangeResult<JsonNode> tsoa = call(PROJECTS, token).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class).returnResult();
        JsonNode body = tsoa.getResponseBody();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("reason", "traceId");
        assertThat(body.get("reason").asString()).isEqualTo("Too many requests");
        assertThat(body.get("traceId").asString()).isEqualTo(tsoa.getResponseHeaders().getFirst(TraceIdFilter.HEADER));
        assertThat(Long.parseLong(tsoa.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
        assertThat(tsoa.getResponseHeaders().headerNames())
                .noneMatch(name -> name.toLowerCase().contains("ratelimit"));

        EntityExchangeResult<JsonNode> newStyle = call(projectPath, token).expectStatus().isEqualTo(429)
                .expectBody(JsonNode.class).returnResult();
        assertThat(newStyle.getResponseBody().toString())
                .isEqualTo("{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"Too many requests\",\"issues\":[]}");
        assertThat(newStyle.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
    }

    @Test
    void aSlotFreesOnceTheMinuteHasPassed() {
        putLimits("{\"hexApiPerMinute\": 3}").expectStatus().isOk();
        for (int i = 0; i < 3; i++) {
            call(PROJECTS, token).expectStatus().isOk();
        }
        long retryAfter = retryAfterOf(call(PROJECTS, token).expectStatus().isEqualTo(429));

        clock.advance(Duration.ofSeconds(retryAfter));

        call(PROJECTS, token).expectStatus().isOk();
    }

    @Test
    void theHourlyLimitHoldsWhenTheMinuteIsFree() {
        putLimits("{\"hexApiPerHour\": 2}").expectStatus().isOk();
        call(PROJECTS, token).expectStatus().isOk();
        call(PROJECTS, token).expectStatus().isOk();
        long retryAfter = retryAfterOf(call(PROJECTS, token).expectStatus().isEqualTo(429));
        assertThat(retryAfter).isBetween(3590L, 3600L);

        clock.advance(Duration.ofMinutes(59));
        assertThat(retryAfterOf(call(PROJECTS, token).expectStatus().isEqualTo(429))).isBetween(1L, 60L);

        clock.advance(Duration.ofSeconds(retryAfter).minusMinutes(59));
        call(PROJECTS, token).expectStatus().isOk();
    }

    @Test
    void eachTokenHasItsOwnBudget() {
        putLimits("{\"hexApiPerMinute\": 1}").expectStatus().isOk();
        call(PROJECTS, token).expectStatus().isOk();
        call(PROJECTS, token).expectStatus().isEqualTo(429);

        call(PROJECTS, otherToken).expectStatus().isOk();
    }

    @Test
    void retryAfterCanBeSwitchedOff() {
        putLimits("{\"hexApiPerMinute\": 1, \"retryAfter\": false}").expectStatus().isOk();
        call(PROJECTS, token).expectStatus().isOk();

        call(PROJECTS, token).expectStatus().isEqualTo(429)
                .expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.reason").isEqualTo("Too many requests");
    }

    @Test
    void requestsRejectedByValidationDoNotCount() {
        putLimits("{\"hexApiPerMinute\": 1}").expectStatus().isOk();
        for (int i = 0; i < 3; i++) {
            client.get().uri(uri(PROJECTS, "limit", "0")).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange().expectStatus().isBadRequest();
        }

        call(PROJECTS, token).expectStatus().isOk();
        call(PROJECTS, token).expectStatus().isEqualTo(429);
    }

    @Test
    void switchingLimitsOffLetsRequestsThroughAgain() {
        putLimits("{\"hexApiPerMinute\": 1}").expectStatus().isOk();
        call(PROJECTS, token).expectStatus().isOk();
        call(PROJECTS, token).expectStatus().isEqualTo(429);

        putLimits("{\"enabled\": false}").expectStatus().isOk();

        call(PROJECTS, token).expectStatus().isOk();
    }

    @Test
    void settingsCanBeReadAndPartiallyChanged() {
        JsonNode changed = putLimits("{\"runProjectPerMinute\": 5}").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        JsonNode read = client.get().uri("/_emulator/rate-limits").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(read).isEqualTo(changed);
        assertThat(read.toString()).isEqualTo("{\"enabled\":true,\"retryAfter\":true,\"runProjectPerMinute\":5,"
                + "\"runProjectPerHour\":60,\"hexApiPerMinute\":30,\"hexApiPerHour\":1800}");
        assertThat(limiter.settings().runProjectPerMinute()).isEqualTo(5);
    }

    @Test
    void badSettingsAreRejectedWithAMessageAndChangeNothing() {
        RateLimitSettings before = limiter.settings();

        assertBadInput("{\"hexApiPerMinute\": 0}", "hexApiPerMinute must be at least 1");
        assertBadInput("{\"hexApiPerMinut\": 5}", "Unknown field 'hexApiPerMinut'");
        assertBadInput("{\"hexApiPerMinute\": \"5\"}", "hexApiPerMinute");
        assertBadInput("{\"hexApiPerMinute\": 2.5}", "hexApiPerMinute");
        assertBadInput("{\"enabled\": \"yes\"}", "enabled");
        assertBadInput("[1]", "must be a JSON object");
        assertBadInput("{\"enabled\": tru", "not valid JSON");
        assertBadInput("", "needs a JSON object body");

        assertThat(limiter.settings()).isEqualTo(before);
    }

    private void assertBadInput(String body, String messagePart) {
        JsonNode error = putLimits(body).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(error.propertyNames()).as(body).containsExactly("message");
        assertThat(error.get("message").asString()).as(body).contains(messagePart);
    }

    private WebTestClient.ResponseSpec putLimits(String body) {
        return client.put().uri("/_emulator/rate-limits").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec call(String path, String bearer) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer).exchange();
    }

    private static long retryAfterOf(WebTestClient.ResponseSpec spec) {
        String value = spec.returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(value).as("Retry-After").isNotNull();
        return Long.parseLong(value);
    }
}
