package dev.hexgate.hexclient.policy;

import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.error.HexApiException.Kind;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The rules every Hex call goes through, around {@link HexRestClient#send}:
 * <ol>
 *   <li><b>Rate limit</b> — each attempt takes a slot of the token's limits ({@link TokenRateLimiter}), waiting
 *       without holding a thread, or fails {@link Kind#THROTTLED} without calling Hex.</li>
 *   <li><b>Retries, reads only</b> — a read ({@link HexRequest#isRead()}) that fails transiently (429, 502, 503,
 *       504, no answer, unreachable) is sent again after an exponential back-off with jitter, or after Hex's
 *       {@code Retry-After} when that is longer, within {@link RetrySettings}: at most so many attempts, no attempt
 *       starting after the budget or after the caller's deadline. Writes are sent once: a lost answer does not
 *       mean Hex did not make the change.</li>
 * </ol>
 * The final failure is the last {@link HexApiException}, with {@link HexApiException#attempts()} set.
 *
 * <p>The caller's deadline travels in the Reactor context under {@link #DEADLINE} (an {@link Instant}); without
 * one, only the retry budget bounds the waiting.
 */
public final class HexCallPolicy {

    /** Reactor context key: the {@link Instant} after which nobody waits for the answer. */
    public static final String DEADLINE = "hexgate.deadline";

    private static final Logger log = LoggerFactory.getLogger(HexCallPolicy.class);

    private final HexRestClient client;
    private final RetrySettings retry;
    private final TokenRateLimiter limiter;
    private final Clock clock;

    public HexCallPolicy(HexRestClient client, RetrySettings retry, TokenRateLimiter limiter) {
        this(client, retry, limiter, Clock.systemUTC());
    }

    public HexCallPolicy(HexRestClient client, RetrySettings retry, TokenRateLimiter limiter, Clock clock) {
        this.client = client;
        this.retry = retry;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** {@link HexRestClient#send} under these rules. */
    public Mono<HexResponse> send(String token, HexRequest request) {
        return call(token, request, () -> client.send(token, request));
    }

    /**
     * Any call to Hex under these rules, e.g. one of the client's typed methods: {@code request} describes it (read
     * or write, rate-limit group); {@code exchange} performs one attempt.
     */
    public <T> Mono<T> call(String token, HexRequest request, Supplier<Mono<T>> exchange) {
        return Mono.deferContextual(context -> {
            Instant started = clock.instant();
            Optional<Instant> deadline = deadlineOf(context);
            return attempt(token, request, exchange, 1, started, deadline);
        });
    }

    private <T> Mono<T> attempt(String token, HexRequest request, Supplier<Mono<T>> exchange, int attempt,
            Instant started, Optional<Instant> deadline) {
        // a slot later than the deadline is of no use to anyone; without a deadline the limiter's own bound applies
        Duration mayWait = deadline.map(d -> Duration.between(clock.instant(), d))
                .map(left -> left.isNegative() ? Duration.ZERO : left)
                .orElse(null);
        return limiter.acquire(token, request.rateLimitGroup(), mayWait)
                .then(Mono.defer(exchange::get))
                .onErrorResume(HexApiException.class, failure -> {
                    Optional<Duration> wait = nextWait(request, failure, attempt, started, deadline);
                    if (wait.isEmpty()) {
                        return Mono.error(attempt == 1 ? failure : failure.afterAttempts(attempt));
                    }
                    log.info("Hex {} {} failed ({}); attempt {} of {} in {} ms", request.method(),
                            request.pathTemplate(), describe(failure), attempt + 1, retry.maxAttempts(),
                            wait.get().toMillis());
                    return Mono.delay(wait.get())
                            .then(Mono.defer(() -> attempt(token, request, exchange, attempt + 1, started, deadline)));
                });
    }

    /** How long to wait before the next attempt, or empty when there is none. */
    Optional<Duration> nextWait(HexRequest request, HexApiException failure, int attempt, Instant started,
            Optional<Instant> deadline) {
        if (!request.isRead() || failure.kind() == Kind.THROTTLED || !failure.isTransient()
                || attempt >= retry.maxAttempts()) {
            return Optional.empty();
        }
        long backoff = Math.min(retry.maxBackoff().toMillis(),
                retry.initialBackoff().toMillis() * (1L << Math.min(20, attempt - 1)));
        // "equal jitter": half fixed, half random, so that many callers do not retry in lock-step
        long jittered = backoff / 2 + (backoff > 1 ? ThreadLocalRandom.current().nextLong(backoff / 2 + 1) : 0);
        Duration wait = Duration.ofMillis(Math.max(jittered,
                failure.retryAfter().map(Duration::toMillis).orElse(0L)));
        Instant next = clock.instant().plus(wait);
        if (next.isAfter(started.plus(retry.budget())) || deadline.map(next::isAfter).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(wait);
    }

    private static String describe(HexApiException failure) {
        return failure.kind() == Kind.HTTP_STATUS ? "status " + failure.status()
                : failure.kind().name().toLowerCase(Locale.ROOT);
    }

    private static Optional<Instant> deadlineOf(ContextView context) {
        return context.getOrEmpty(DEADLINE).filter(Instant.class::isInstance).map(Instant.class::cast);
    }
}
