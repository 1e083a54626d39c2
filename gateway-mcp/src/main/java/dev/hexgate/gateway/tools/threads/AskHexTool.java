package dev.hexgate.gateway.tools.threads;

import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.threads.Expectation;
import dev.hexgate.gateway.GatewayProperties;
import dev.hexgate.gateway.commands.CommandTimedOutException;
import dev.hexgate.gateway.threads.ThreadEventsReadiness;
import dev.hexgate.gateway.threads.ThreadWatches;
import dev.hexgate.gateway.tools.SelfRunningTool;
import dev.hexgate.gateway.tools.ToolCall;
import dev.hexgate.gateway.tools.ToolOutcome;
import dev.hexgate.gateway.tools.accounts.ConnectedAccounts;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ask_hex}: asks in a new Hex thread (or, given {@code thread_id}, follows up in that one) and answers when
 * thread-poller says the thread finished. The gateway does no polling of its own: it sends {@code create_thread}
 * or {@code continue_thread} (with {@code expect} and {@code timeout_seconds}, which hex-api-service copies into
 * {@code ThreadStarted}), then follows the thread's {@code ThreadProgressed} reports as progress notifications until
 * its one {@code ThreadFinished}, whose extraction is the answer.
 *
 * <p>The watch is opened before the command is published, so a thread that finishes at once is not missed. If
 * thread-poller says nothing for {@code hexgate.gateway.thread-report-grace} past the caller's timeout (it is down,
 * or far behind), the call ends with {@code timeout} on its own, naming the thread so the caller can read it later.
 */
@Component
public class AskHexTool implements SelfRunningTool {

    private static final Logger log = LoggerFactory.getLogger(AskHexTool.class);

    static final int DEFAULT_TIMEOUT_SECONDS = 300;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

    private final ThreadWatches watches;
    private final ThreadEventsReadiness readiness;
    private final ConnectedAccounts accounts;
    /** How long past the caller's timeout thread-poller's own TIMEOUT report is waited for. */
    private final Duration reportGrace;

    public AskHexTool(ThreadWatches watches, ThreadEventsReadiness readiness, ConnectedAccounts accounts,
            GatewayProperties properties) {
        this.watches = watches;
        this.readiness = readiness;
        this.accounts = accounts;
        this.reportGrace = properties.threadReportGrace();
    }

    @Override
    public String name() {
        return "ask_hex";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        try {
            if (arguments.hasNonNull("expect") && Expectation.parse(arguments.get("expect").asString()) == null) {
                return Optional.of("'expect' names no column: give column names separated by commas, or a regular "
                        + "expression between slashes");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + e.getMessage().replaceFirst("^expect", "expect'"));
        }
    }

    @Override
    public Mono<ToolOutcome> run(ToolCall call) {
        JsonNode arguments = call.arguments();
        int timeoutSeconds = arguments.path("timeout_seconds").asInt(DEFAULT_TIMEOUT_SECONDS);
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).plus(reportGrace).toNanos();
        ObjectNode command = JsonNodeFactory.instance.objectNode();
        boolean followUp = arguments.hasNonNull("thread_id");
        if (followUp) {
            command.put("thread_id", arguments.get("thread_id").asString());
        }
        command.put("prompt", arguments.path("prompt").asString()).put("timeout_seconds", timeoutSeconds);
        if (arguments.hasNonNull("expect")) {
            command.put("expect", arguments.get("expect").asString());
        }
        String operation = followUp ? "continue_thread" : "create_thread";
        String commandId = UUID.randomUUID().toString();
        return readiness.awaitReady(READY_TIMEOUT)
                .then(Mono.defer(() -> {
                    Flux<HexgateEvent> events = watches.watch(commandId);
                    return call.command(operation, command, commandId).flatMap(outcome -> {
                        if (outcome.failed() != null) {
                            return Mono.just(ToolOutcome.failed(outcome.failed()));
                        }
                        JsonNode thread = outcome.completed().result();
                        Duration left = Duration.ofNanos(Math.max(0, giveUpAt - System.nanoTime()));
                        return awaitAnswer(call, thread, events, left);
                    });
                }))
                .onErrorResume(TimeoutException.class, e -> Mono.just(ToolOutcome.error(
                        "This hexgate instance is not yet listening on Kafka, so it did not ask Hex. Try again "
                                + "shortly.")))
                .onErrorResume(CommandTimedOutException.class, e -> Mono.just(ToolOutcome.error(
                        "Hex did not confirm the question in time, so hexgate is not waiting for the answer. Hex may "
                                + "be working on it anyway: look for the thread in Hex before asking again.")))
                .doFinally(signal -> watches.forget(commandId));
    }

    /** Reports each poll as progress and answers with the thread's end, or with timeout when nothing ended it. */
    private Mono<ToolOutcome> awaitAnswer(ToolCall call, JsonNode thread, Flux<HexgateEvent> events, Duration left) {
        String threadId = thread.path("threadId").asString();
        String url = thread.path("url").asString(null);
        AtomicInteger polls = new AtomicInteger();
        log.info("ask_hex by {}: waiting on thread {} for up to {} s", call.caller().userKey(), threadId,
                left.toSeconds());
        return call.progress(0, "Asked Hex in thread " + threadId + "; waiting for the answer")
                .then(events.concatMap(event -> {
                    if (event instanceof ThreadProgressed progressed) {
                        polls.set(progressed.pollCount());
                        return call.progress(progressed.pollCount(), describe(progressed)).then(Mono.empty());
                    }
                    return Mono.just((ThreadFinished) event);
                }).next())
                .flatMap(finished -> signInLinkIfRefused(call, finished).map(link -> {
                    ObjectNode answer = AskAnswer.of(finished, polls.get(), link.orElse(null));
                    log.info("ask_hex: thread {} {}: {}", threadId, finished.outcome(),
                            answer.path("status").asString());
                    return ToolOutcome.success(answer);
                }))
                .timeout(Mono.delay(left), Mono.fromSupplier(() -> {
                    log.warn("ask_hex: no report on thread {} in time; is thread-poller running?", threadId);
                    return ToolOutcome.success(AskAnswer.unreported(threadId, url, polls.get()));
                }));
    }

    /** When Hex stopped accepting the user's sign-in mid-thread: a link to sign in again, if token-vault gives one. */
    private Mono<Optional<String>> signInLinkIfRefused(ToolCall call, ThreadFinished finished) {
        if (finished.outcome() != ThreadFinished.ThreadOutcome.AUTHORIZATION_REQUIRED) {
            return Mono.just(Optional.empty());
        }
        return accounts.signInLink(call.caller().userKey(), "hex-mcp").map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .onErrorResume(e -> Mono.just(Optional.empty()));
    }

    private static String describe(ThreadProgressed progressed) {
        if ("RETRYING".equals(progressed.status())) {
            return "Check " + progressed.pollCount() + " of thread " + progressed.threadId()
                    + " could not reach Hex; trying again";
        }
        return "Hex thread " + progressed.threadId() + " is " + progressed.status() + " (check "
                + progressed.pollCount() + ")";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return AskAnswer.summarize(arguments.path("expect").asString(null), result);
    }
}
