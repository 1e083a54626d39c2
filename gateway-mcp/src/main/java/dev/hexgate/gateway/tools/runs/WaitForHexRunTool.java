package dev.hexgate.gateway.tools.runs;

import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.gateway.commands.CommandOutcome;
import dev.hexgate.gateway.commands.CommandTimedOutException;
import dev.hexgate.gateway.tools.SelfRunningTool;
import dev.hexgate.gateway.tools.ToolCall;
import dev.hexgate.gateway.tools.ToolOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code wait_for_hex_run}: starts a run (or attaches to one by {@code run_id}) and polls its status until it
 * finishes or the time budget is spent, then optionally cancels it. It is not one Hex call, so it runs
 * {@code run_hex_project}, {@code get_hex_run_status} and {@code cancel_hex_run} as ordinary commands through
 * hex-api-service, waiting between polls with {@code Mono.delay} (no thread is held), and reports every status
 * it reads as an MCP progress notification when the client asked for progress.
 *
 * <p>A poll that fails transiently (rate limited, Hex unavailable, no answer in time) does not end the wait: the
 * next one comes after a longer pause. Any other failure ends it, saying which run it was about.
 */
@Component
public class WaitForHexRunTool implements SelfRunningTool {

    static final int DEFAULT_TIMEOUT_SECONDS = 300;
    static final int DEFAULT_POLL_INTERVAL_SECONDS = 5;
    /** The longest pause between polls after failed ones. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final Clock clock;

    public WaitForHexRunTool(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public String name() {
        return "wait_for_hex_run";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        if (arguments.hasNonNull("run_id")) {
            Optional<String> option = RunOptions.NAMES.stream().filter(arguments::hasNonNull).findFirst();
            if (option.isPresent()) {
                return Optional.of("'" + option.get() + "' only applies when starting a run; leave it out when "
                        + "giving 'run_id'");
            }
        }
        return RunOptions.check(arguments);
    }

    @Override
    public Mono<ToolOutcome> run(ToolCall call) {
        JsonNode arguments = call.arguments();
        Instant deadline = clock.instant().plusSeconds(arguments.path("timeout_seconds").asInt(DEFAULT_TIMEOUT_SECONDS));
        Duration interval = Duration.ofSeconds(
                arguments.path("poll_interval_seconds").asInt(DEFAULT_POLL_INTERVAL_SECONDS));
        boolean cancelOnTimeout = arguments.path("cancel_on_timeout").asBoolean(false);
        String projectId = arguments.path("project_id").asString();
        if (arguments.hasNonNull("run_id")) {
            Wait wait = new Wait(call, projectId, arguments.get("run_id").asString(), false, deadline, interval,
                    cancelOnTimeout);
            return poll(wait, 0, null, 0);
        }
        return call.command("run_hex_project", startArguments(arguments))
                .flatMap(outcome -> {
                    if (outcome.failed() != null) {
                        return Mono.just(ToolOutcome.failed(outcome.failed()));
                    }
                    String runId = outcome.completed().result().path("runId").asString();
                    Wait wait = new Wait(call, projectId, runId, true, deadline, interval, cancelOnTimeout);
                    return call.progress(0, "Started run " + runId + " of project " + projectId)
                            .then(Mono.defer(() -> poll(wait, 0, null, 0)));
                })
                .onErrorResume(CommandTimedOutException.class, e -> Mono.just(ToolOutcome.error(
                        "Hex did not confirm the start of a run of project " + projectId + " in time, so hexgate "
                                + "did not wait for it. A run may have started anyway: check get_hex_project_runs "
                                + "before starting another.")));
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        String status = result.path("status").asString();
        int polls = result.path("polls").asInt();
        String checks = polls + (polls == 1 ? " status check" : " status checks");
        StringBuilder text = new StringBuilder(RunOptions.describe(result));
        if (!result.path("timedOut").asBoolean(false)) {
            text.append(" (").append(checks).append("). Results: ").append(result.path("runUrl").asString());
            return text.toString();
        }
        text.append(". Not finished after ").append(arguments.path("timeout_seconds").asInt(DEFAULT_TIMEOUT_SECONDS))
                .append(" s (").append(checks).append(')');
        if (result.path("cancelled").asBoolean(false)) {
            text.append("; hexgate cancelled it, as asked");
            if (!"KILLED".equals(status)) {
                text.append(" (Hex has not reported it KILLED yet)");
            }
            return text.append('.').toString();
        }
        if (result.hasNonNull("cancelError")) {
            text.append("; cancelling it failed: ").append(result.get("cancelError").asString());
        }
        return text.append(". It keeps running: call wait_for_hex_run again with run_id \"")
                .append(result.path("runId").asString()).append("\", or cancel_hex_run to stop it.").toString();
    }

    /** Reads the status once, reports it, and either finishes or waits and polls again. */
    private Mono<ToolOutcome> poll(Wait wait, int polls, JsonNode lastStatus, int failuresInARow) {
        return wait.call().command("get_hex_run_status", wait.runArguments())
                .map(Poll::of)
                .onErrorResume(CommandTimedOutException.class, e -> Mono.just(Poll.unanswered()))
                .flatMap(poll -> {
                    int count = polls + 1;
                    if (poll.failed() != null && !poll.failed().retryable()) {
                        return Mono.just(stopped(wait, count, poll.failed()));
                    }
                    JsonNode status = poll.status() != null ? poll.status() : lastStatus;
                    int failures = poll.status() != null ? 0 : failuresInARow + 1;
                    String message = poll.status() != null ? RunOptions.describe(status)
                            : "Could not read the status of run " + wait.runId() + " (" + poll.problem()
                                    + "); trying again";
                    return wait.call().progress(count, message).then(Mono.defer(() -> {
                        if (poll.status() != null && RunOptions.isTerminal(status.path("status").asString())) {
                            return Mono.just(finished(status, wait, count, false, false, null));
                        }
                        Duration remaining = Duration.between(clock.instant(), wait.deadline());
                        if (remaining.isNegative() || remaining.isZero()) {
                            return timedOut(wait, count, status, poll);
                        }
                        Duration pause = failures == 0 ? wait.interval() : backoff(wait.interval(), failures);
                        return Mono.delay(pause.compareTo(remaining) < 0 ? pause : remaining)
                                .then(Mono.defer(() -> poll(wait, count, status, failures)));
                    }));
                });
    }

    private Mono<ToolOutcome> timedOut(Wait wait, int polls, JsonNode status, Poll lastPoll) {
        if (status == null) {
            return Mono.just(ToolOutcome.error("Could not read the status of run " + wait.runId() + " of project "
                    + wait.projectId() + " within the timeout (" + lastPoll.problem() + "). "
                    + (wait.cancelOnTimeout() ? "It was not cancelled, as its state is unknown. " : "")
                    + "Try get_hex_run_status later."));
        }
        if (!wait.cancelOnTimeout()) {
            return Mono.just(finished(status, wait, polls, true, false, null));
        }
        return wait.call().progress(polls + 0.5, "Timed out; cancelling run " + wait.runId())
                .then(Mono.defer(() -> wait.call().command("cancel_hex_run", wait.runArguments())))
                .map(Poll::of)
                .onErrorResume(CommandTimedOutException.class, e -> Mono.just(Poll.unanswered()))
                .flatMap(cancel -> {
                    boolean cancelled = cancel.status() != null;
                    String cancelError = cancelled ? null : cancel.problem();
                    // Read the status once more, so the answer says what the cancel (or the run) did.
                    return wait.call().command("get_hex_run_status", wait.runArguments())
                            .map(Poll::of)
                            .onErrorResume(CommandTimedOutException.class, e -> Mono.just(Poll.unanswered()))
                            .flatMap(refresh -> {
                                JsonNode latest = refresh.status() != null ? refresh.status() : status;
                                boolean finishedOnItsOwn = !cancelled
                                        && RunOptions.isTerminal(latest.path("status").asString());
                                return wait.call().progress(polls + 1, RunOptions.describe(latest))
                                        .thenReturn(finished(latest, wait, polls + 1, !finishedOnItsOwn, cancelled,
                                                finishedOnItsOwn ? null : cancelError));
                            });
                });
    }

    private static ToolOutcome finished(JsonNode status, Wait wait, int polls, boolean timedOut, boolean cancelled,
            String cancelError) {
        ObjectNode result = status.isObject() ? (ObjectNode) status.deepCopy() : JsonNodeFactory.instance.objectNode();
        result.put("polls", polls)
                .put("timedOut", timedOut)
                .put("cancelled", cancelled)
                .put("startedRun", wait.startedRun());
        if (cancelError != null) {
            result.put("cancelError", cancelError);
        }
        return ToolOutcome.success(result);
    }

    /** A failure that ends the wait, worded to say which run it was about when this call started it. */
    private static ToolOutcome stopped(Wait wait, int polls, CommandFailed failed) {
        if (!wait.startedRun() && polls == 1) {
            return ToolOutcome.failed(failed);
        }
        return ToolOutcome.error((wait.startedRun() ? "Started run " : "Waited for run ") + wait.runId()
                + " of project " + wait.projectId() + ", then stopped: " + failed.message() + " [" + failed.code()
                + (failed.hexStatus() == null ? "" : ", Hex status " + failed.hexStatus()) + "]");
    }

    private static Duration backoff(Duration interval, int failures) {
        long factor = 1L << Math.min(failures, 6);
        Duration longer = interval.multipliedBy(factor);
        Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        return longer.compareTo(cap) > 0 ? cap : longer;
    }

    private static ObjectNode startArguments(JsonNode arguments) {
        ObjectNode start = JsonNodeFactory.instance.objectNode();
        start.set("project_id", arguments.get("project_id"));
        RunOptions.NAMES.stream().filter(arguments::hasNonNull).forEach(name -> start.set(name, arguments.get(name)));
        return start;
    }

    /** What one wait is about and its budget. */
    private record Wait(ToolCall call, String projectId, String runId, boolean startedRun, Instant deadline,
            Duration interval, boolean cancelOnTimeout) {

        ObjectNode runArguments() {
            return JsonNodeFactory.instance.objectNode().put("project_id", projectId).put("run_id", runId);
        }
    }

    /** One command's answer: Hex's result, a failure, or nothing in time. */
    private record Poll(JsonNode status, CommandFailed failed) {

        static Poll of(CommandOutcome outcome) {
            if (outcome.failed() != null) {
                return new Poll(null, outcome.failed());
            }
            JsonNode result = outcome.completed().result();
            return new Poll(result == null ? JsonNodeFactory.instance.objectNode() : result, null);
        }

        static Poll unanswered() {
            return new Poll(null, null);
        }

        String problem() {
            if (failed == null) {
                return "no answer in time";
            }
            return failed.message() + " [" + failed.code() + "]";
        }
    }
}
