package dev.hexgate.hexclient.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.error.HexApiException.Kind;
import dev.hexgate.hexclient.rest.HexClientSettings;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.emulator.SharedEmulator.RunningEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retries and the per-token limiter against the emulator over real HTTP, with Hex's failures injected through its
 * control plane and counted in its request log.
 */
class HexCallPolicyTest {

    private static final RetrySettings FAST = new RetrySettings(3, Duration.ofSeconds(10), Duration.ofMillis(50),
            Duration.ofMillis(200));

    private static RunningEmulator emulator;
    private static EmulatorControl control;
    private static HexRestClient hex;
    private static String projectId;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        control = new EmulatorControl(emulator.baseUrl());
        hex = new HexRestClient(HexClientSettings.of(emulator.baseUrl()));
        projectId = emulator.workspace().projects().stream()
                .filter(p -> !p.isArchived() && !p.isTrashed()).findFirst().orElseThrow().id().toString();
    }

    @AfterEach
    void clearFaults() {
        control.clearFaults();
    }

    private static HexCallPolicy policy(RetrySettings retry) {
        return new HexCallPolicy(hex, retry, new TokenRateLimiter(RateLimitSettings.disabled()));
    }

    @Test
    void retriesARateLimitedReadAfterRetryAfterAndSucceedsOnTheSecondAttempt() {
        Instant since = Instant.now();
        control.fault("{\"operationId\":\"GetProject\",\"status\":429,\"retryAfter\":1,\"times\":1}");

        long started = System.nanoTime();
        HexResponse response = policy(FAST).send(emulator.workspaceToken(),
                HexRequest.get("/projects/{projectId}", projectId)).block(Duration.ofSeconds(20));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("id").asString()).isEqualTo(projectId);
        assertThat(control.requests("GetProject", since)).isEqualTo(2);
        // Retry-After (1 s) wins over the 50 ms back-off
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void retriesAnUnavailableReadWithBackOffUpToTheAttemptLimitThenReportsTheLastFailure() {
        Instant since = Instant.now();
        control.fault("{\"operationId\":\"GetProject\",\"status\":503,\"times\":5}");

        assertThatThrownBy(() -> policy(FAST).send(emulator.workspaceToken(),
                HexRequest.get("/projects/{projectId}", projectId)).block(Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.attempts()).isEqualTo(3);
                });
        assertThat(control.requests("GetProject", since)).isEqualTo(3);
    }

    @Test
    void sendsAWriteExactlyOnceEvenWhenHexAsksToRetry() {
        Instant since = Instant.now();
        control.fault("{\"operationId\":\"CreateGroup\",\"status\":429,\"retryAfter\":1,\"times\":1}");

        HexRequest create = new HexRequest(HttpMethod.POST, "/groups", java.util.List.of(), java.util.Map.of(),
                JsonMapper.shared().createObjectNode().put("name", "policy-test " + UUID.randomUUID()),
                HexRequest.RateLimitGroup.HEX_API);
        assertThatThrownBy(() -> policy(FAST).send(emulator.workspaceToken(), create).block(Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(control.requests("CreateGroup", since)).isEqualTo(1);
    }

    @Test
    void doesNotWaitLongerThanTheBudgetAllows() {
        Instant since = Instant.now();
        control.fault("{\"operationId\":\"GetProject\",\"status\":429,\"retryAfter\":30,\"times\":1}");

        long started = System.nanoTime();
        assertThatThrownBy(() -> policy(FAST).send(emulator.workspaceToken(),
                HexRequest.get("/projects/{projectId}", projectId)).block(Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                });
        assertThat(control.requests("GetProject", since)).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void doesNotRetryPastTheCallersDeadline() {
        Instant since = Instant.now();
        control.fault("{\"operationId\":\"GetProject\",\"status\":429,\"retryAfter\":2,\"times\":1}");

        Mono<HexResponse> call = policy(FAST).send(emulator.workspaceToken(),
                HexRequest.get("/projects/{projectId}", projectId))
                .contextWrite(Context.of(HexCallPolicy.DEADLINE, Instant.now().plusSeconds(1)));
        assertThatThrownBy(() -> call.block(Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(HexApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThat(control.requests("GetProject", since)).isEqualTo(1);
    }

    @Test
    void holdsBackACallBeyondTheTokensLimitWithoutCallingHex() {
        Instant since = Instant.now();
        TokenRateLimiter limiter = new TokenRateLimiter(RateLimitSettings.of(true, Duration.ZERO, 20, 60, 2, 1800));
        HexCallPolicy policy = new HexCallPolicy(hex, FAST, limiter);
        HexRequest get = HexRequest.get("/projects/{projectId}", projectId);

        policy.send(emulator.workspaceToken(), get).block(Duration.ofSeconds(10));
        policy.send(emulator.workspaceToken(), get).block(Duration.ofSeconds(10));
        assertThatThrownBy(() -> policy.send(emulator.workspaceToken(), get).block(Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.THROTTLED);
                    assertThat(e.retryAfter()).isPresent();
                    assertThat(e.getMessage()).contains("2 per minute and 1800 per hour").contains("Hex was not called")
                            .doesNotContain(emulator.workspaceToken());
                });
        assertThat(control.requests("GetProject", since)).isEqualTo(2);

        // another token has its own allowance
        String personal = "hxtp_emu_bd3dae5fb91f88a4f0978222dfd58f5";
        assertThat(policy.send(personal, get).block(Duration.ofSeconds(10)).status()).isEqualTo(200);
    }
}
