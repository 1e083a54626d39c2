package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadStarted;
import dev.hexgate.hexapi.audit.AuditEvents;
import dev.hexgate.hexapi.audit.Redaction;
import dev.hexgate.hexapi.audit.RunObservation;
import dev.hexgate.hexapi.hex.HexCredentials;
import dev.hexgate.hexapi.hex.HexCredentials.Credential;
import dev.hexgate.hexapi.hex.HexMcpProperties;
import dev.hexgate.hexapi.ledger.CommandLedger;
import dev.hexgate.hexapi.ledger.CommandLedger.Entry;
import dev.hexgate.hexapi.ledger.RunStatusLedger;
import dev.hexgate.hexapi.operations.CredentialKind;
import dev.hexgate.hexapi.operations.HexOperation;
import dev.hexgate.hexapi.operations.HexOperation.HexResult;
import dev.hexgate.hexapi.operations.OperationRefusedException;
import dev.hexgate.hexapi.vault.TokenVaultClient;
import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.mcp.HexMcpException;
import dev.hexgate.hexclient.policy.HexCallPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;
import tools.jackson.databind.JsonNode;

/**
 * Runs one command against Hex and answers what to publish. Never fails for a Hex failure: every outcome is a
 * result event.
 *
 * <p><b>Reads</b> simply run (again, if redelivered). <b>Mutations</b> ({@link HexOperation#mutates()}) go through
 * the command ledger, keyed by command id:
 * <ol>
 *   <li>a finished row: its recorded result is published again; Hex is not called;</li>
 *   <li>a {@code STARTED} row without a result (an earlier attempt may have reached Hex, then the service
 *       stopped): {@link HexOperation#recover} is asked what that attempt did; its answer is recorded and
 *       published, and without one the command fails {@link FailureCode#OUTCOME_UNKNOWN}. The mutation is never
 *       sent again;</li>
 *   <li>no row: a {@code STARTED} row with the attempt's start time is committed, then Hex is called, then the
 *       result is recorded; the listener publishes it and only then commits the command's offset. A write whose
 *       answer was lost (no answer in time, connection broken) is treated like case 2.</li>
 * </ol>
 * Mutations that never reached Hex (past the deadline, no credential) are answered without a ledger row, so
 * the same command can run later, e.g. after the user connects their account.
 *
 * <p>Every mutation attempt (every ledger row that gets an outcome) is audited; so is every run status change
 * seen in a result.
 * Blocking database calls run on Reactor's bounded-elastic scheduler, never on an HTTP event loop.
 */
@Component
public class CommandExecutor {

    private static final Logger log = LoggerFactory.getLogger(CommandExecutor.class);

    private final Map<String, HexOperation> operations;
    private final HexCredentials credentials;
    private final CommandLedger ledger;
    private final RunStatusLedger runStatuses;
    private final AuditEvents audits;
    private final Duration threadWaitBudget;
    private final Clock clock;

    public CommandExecutor(List<HexOperation> operations, HexCredentials credentials, CommandLedger ledger,
            RunStatusLedger runStatuses, AuditEvents audits, HexMcpProperties mcp, Optional<Clock> clock) {
        this.threadWaitBudget = mcp.threadWaitBudget();
        this.operations = operations.stream().collect(Collectors.toMap(HexOperation::name, Function.identity()));
        this.credentials = credentials;
        this.ledger = ledger;
        this.runStatuses = runStatuses;
        this.audits = audits;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Mono<Execution> execute(CommandRequested command) {
        HexOperation operation = operations.get(command.operation());
        if (operation == null) {
            return just(failed(command, FailureCode.UNSUPPORTED_OPERATION, null,
                    "hexgate cannot run '" + command.operation() + "' yet.", false));
        }
        return operation.mutates() ? mutate(command, operation) : read(command, operation);
    }

    // ---- reads ------------------------------------------------------------------------------------------------

    private Mono<Execution> read(CommandRequested command, HexOperation operation) {
        return withCredential(command, operation, token -> callHex(command, operation, token)
                .map(result -> completed(command, result))
                .onErrorResume(error -> translateFailure(command, operation, error))
                .map(Execution::of)
                .flatMap(execution -> observeRun(command, execution)));
    }

    // ---- mutations --------------------------------------------------------------------------------------------

    private Mono<Execution> mutate(CommandRequested command, HexOperation operation) {
        return ledgerCall(() -> ledger.find(command.commandId())).flatMap(found -> {
            if (found.failed()) {
                return just(ledgerUnavailable(command, found.error()));
            }
            return found.value().isPresent() ? resume(command, operation, found.value().get())
                    : firstAttempt(command, operation);
        });
    }

    private Mono<Execution> firstAttempt(CommandRequested command, HexOperation operation) {
        return withCredential(command, operation, token -> firstAttempt(command, operation, token));
    }

    private Mono<Execution> firstAttempt(CommandRequested command, HexOperation operation, String token) {
        Instant startedAt = clock.instant();
        return ledgerCall(() -> ledger.start(command.commandId(), command.operation(), command.userKey(), startedAt))
                .flatMap(claim -> {
                    if (claim.failed()) {
                        return just(ledgerUnavailable(command, claim.error()));
                    }
                    if (!claim.value()) {
                        // another delivery of the same command claimed it a moment ago
                        return ledgerCall(() -> ledger.find(command.commandId()).orElseThrow())
                                .flatMap(entry -> entry.failed() ? just(ledgerUnavailable(command, entry.error()))
                                        : resume(command, operation, entry.value()));
                    }
                    return callHex(command, operation, token)
                            .map(result -> completed(command, result))
                            .onErrorResume(error -> FailureTranslator.mayHaveReachedHex(error)
                                    ? findOut(command, operation, token, startedAt, lostAnswer(error))
                                    : translateFailure(command, operation, error))
                            .flatMap(result -> finish(command, operation, result));
                });
    }

    private Mono<Execution> resume(CommandRequested command, HexOperation operation, Entry entry) {
        if (entry.finished()) {
            log.info("command {} {} is already {}: publishing the recorded result again, Hex is not called",
                    command.commandId(), command.operation(), entry.state());
            return Mono.just(recorded(command, operation, entry));
        }
        // no deadline check: finding out what an earlier attempt did is never too late, and changes nothing in Hex
        return credential(command, operation, token -> {
            log.warn("command {} {} started at {} but has no recorded outcome: asking Hex what that attempt did",
                    command.commandId(), command.operation(), entry.attemptStartedAt());
            return findOut(command, operation, token, entry.attemptStartedAt(),
                    "An earlier attempt at this request was interrupted after it may have reached Hex")
                    .flatMap(result -> finish(command, operation, result));
        });
    }

    /**
     * For an attempt that may have changed Hex: what {@link HexOperation#recover} finds, or
     * {@code OUTCOME_UNKNOWN}. Never sends the mutation again.
     */
    private Mono<HexgateEvent> findOut(CommandRequested command, HexOperation operation, String token,
            Instant attemptStartedAt, String why) {
        return Mono.defer(() -> operation.recover(command.arguments(), token, attemptStartedAt))
                .map(result -> {
                    log.info("command {} {}: recovered what the earlier attempt did", command.commandId(),
                            command.operation());
                    return completed(command, result);
                })
                .switchIfEmpty(Mono.fromSupplier(() -> outcomeUnknown(command, operation, why, false)))
                .onErrorResume(error -> {
                    log.warn("command {} {}: asking Hex what the earlier attempt did failed: {}",
                            command.commandId(), command.operation(), error.toString());
                    return Mono.just(outcomeUnknown(command, operation, why, true));
                });
    }

    /**
     * Records a mutation's outcome (the first recorded one wins) and answers what to publish. If the ledger cannot
     * be written, the outcome is published anyway: the caller learns it, and the row stays {@code STARTED}, so a
     * redelivery goes the safe way (recovery, never a second call).
     */
    private Mono<Execution> finish(CommandRequested command, HexOperation operation, HexgateEvent result) {
        AuditRecorded audit = audits.mutation(command, operation, result);
        return ledgerCall(() -> ledger.finish(command.commandId(), result, audit))
                .map(finished -> {
                    if (finished.failed()) {
                        log.error("command {} {}: the outcome could not be recorded in the ledger; publishing it "
                                + "anyway", command.commandId(), command.operation(), finished.error());
                        return withThreadStart(command, operation, new Execution(result, List.of(audit), null));
                    }
                    return recorded(command, operation, finished.value());
                })
                .flatMap(execution -> observeRun(command, execution));
    }

    /**
     * A finished row's result; its audit record (and, for an operation that starts a thread, its
     * {@code ThreadStarted}) too unless they are known to be on Kafka already.
     */
    private Execution recorded(CommandRequested command, HexOperation operation, Entry entry) {
        boolean published = entry.publishedAt() != null;
        List<AuditRecorded> pending = published || entry.audit() == null ? List.of() : List.of(entry.audit());
        Execution execution = new Execution(entry.result(), pending,
                published ? null : () -> ledger.markPublished(entry.commandId()));
        return published ? execution : withThreadStart(command, operation, execution);
    }

    /**
     * Adds {@code ThreadStarted} when {@code operation} started work in a thread and succeeded. It is derived from
     * the (recorded) result alone, with an event id derived from the command id, so a copy sent again after a
     * redelivery is the same event and consumers can drop it.
     */
    private Execution withThreadStart(CommandRequested command, HexOperation operation, Execution execution) {
        if (!operation.startsThread() || !(execution.result() instanceof CommandCompleted completed)) {
            return execution;
        }
        String threadId = completed.result() == null ? "" : completed.result().path("threadId").asString("");
        if (threadId.isBlank()) {
            log.warn("command {} {}: Hex's answer names no thread id, so nothing will wait on the thread",
                    command.commandId(), command.operation());
            return execution;
        }
        JsonNode expect = command.arguments() == null ? null : command.arguments().get("expect");
        String url = completed.result().path("url").asString(null);
        Instant startedAt = completed.completedAt();
        String eventId = UUID.nameUUIDFromBytes(("hexgate:thread-started:" + command.commandId())
                .getBytes(StandardCharsets.UTF_8)).toString();
        Duration budget = waitBudget(command.arguments());
        log.info("command {} {}: thread {} started; it is waited on for up to {} s", command.commandId(),
                command.operation(), threadId, budget.toSeconds());
        return execution.andThen(new ThreadStarted(eventId, threadId, command.commandId(), command.userKey(),
                command.origin(), url, expect != null && expect.isString() ? expect.asString() : null, startedAt,
                startedAt.plus(budget)));
    }

    /**
     * How long the thread is waited on: the configured budget, or less when the caller will stop waiting sooner
     * ({@code timeout_seconds}, which ask_hex passes along), so that thread-poller stops polling when the caller
     * stops listening and reports TIMEOUT at the time the caller asked for.
     */
    private Duration waitBudget(JsonNode arguments) {
        JsonNode timeout = arguments == null ? null : arguments.get("timeout_seconds");
        if (timeout == null || !timeout.canConvertToLong() || timeout.asLong() <= 0) {
            return threadWaitBudget;
        }
        Duration asked = Duration.ofSeconds(timeout.asLong());
        return asked.compareTo(threadWaitBudget) < 0 ? asked : threadWaitBudget;
    }

    // ---- run status changes -----------------------------------------------------------------------------------

    /** Adds an audit record when the result shows a run in a status other than the one last seen. */
    private Mono<Execution> observeRun(CommandRequested command, Execution execution) {
        if (!(execution.result() instanceof CommandCompleted completed)) {
            return Mono.just(execution);
        }
        Optional<RunObservation> seen = RunObservation.in(completed.result(), command.arguments());
        if (seen.isEmpty()) {
            return Mono.just(execution);
        }
        RunObservation run = seen.get();
        return ledgerCall(() -> runStatuses.lastStatus(run.runId())).map(last -> {
            if (last.failed()) {
                log.warn("run {}: the last seen status could not be read, so a change is not audited now: {}",
                        run.runId(), last.error().toString());
                return execution;
            }
            if (last.value().filter(run.status()::equals).isPresent()) {
                return execution;
            }
            return execution.and(audits.runStatusChanged(command, run, last.value().orElse(null)),
                    () -> runStatuses.record(run.runId(), run.projectId(), run.status()));
        });
    }

    // ---- results ----------------------------------------------------------------------------------------------

    /**
     * Runs {@code then} with the user's Hex token, unless the command is past its deadline or there is no
     * credential; those are answered without calling Hex (and without a ledger row, so the same command can run
     * later, e.g. once the user has connected an account).
     */
    private Mono<Execution> withCredential(CommandRequested command, HexOperation operation,
            Function<String, Mono<Execution>> then) {
        if (command.expiredAt(clock.instant())) {
            return just(failed(command, FailureCode.DEADLINE_EXCEEDED, null,
                    "The request arrived after its caller stopped waiting, so it was not sent to Hex.", false));
        }
        return credential(command, operation, then);
    }

    private Mono<Execution> credential(CommandRequested command, HexOperation operation,
            Function<String, Mono<Execution>> then) {
        return credentials.forCommand(command, operation.credential())
                .flatMap(credential -> credential.present() ? then.apply(credential.token())
                        : just(noCredential(command, credential)))
                .onErrorResume(TokenVaultClient.RefreshFailedException.class, error -> {
                    log.warn("command {} {}: {}", command.commandId(), command.operation(), error.getMessage());
                    return just(failed(command, FailureCode.HEX_UNAVAILABLE, null, "hexgate could not renew your "
                            + "Hex sign-in just now (Hex did not answer), so nothing was sent to Hex. Try again "
                            + "shortly; you do not need to sign in again.", true));
                })
                .onErrorResume(TokenVaultClient.TokenVaultException.class, error -> {
                    log.error("command {} {}: {}", command.commandId(), command.operation(), error.getMessage());
                    return just(failed(command, FailureCode.INTERNAL, null, "hexgate could not look up your Hex "
                            + "credential just now, so nothing was sent to Hex. Try again shortly.", true));
                });
    }

    private HexgateEvent noCredential(CommandRequested command, Credential credential) {
        String startUrl = credential.startUrl();
        String then = credential.parked() ? "; the request then runs by itself." : ", then ask again.";
        String message;
        if (credential.kind() == CredentialKind.HEX_MCP) {
            message = startUrl == null
                    ? "Hex threads need each user's own Hex sign-in, and this hexgate has no token-vault to keep one. "
                            + "An operator must connect token-vault (HEXGATE_TOKEN_VAULT_URL)."
                    : "hexgate needs you to sign in to Hex (Hex MCP) to do this. Open the link to connect your Hex "
                            + "account once" + then;
        } else {
            message = startUrl == null
                    ? "No Hex credential is available for this request. An operator must set HEX_API_TOKEN, or "
                            + "connect token-vault so that users can connect their own Hex accounts."
                    : "hexgate needs your Hex API token to do this. Open the link to connect it once" + then;
        }
        return failed(command, FailureCode.AUTHORIZATION_REQUIRED, null, message, false, startUrl);
    }

    private HexgateEvent completed(CommandRequested command, HexResult result) {
        return new CommandCompleted(UUID.randomUUID().toString(), command.commandId(), command.userKey(),
                command.origin(), command.operation(), Redaction.scrubResult(result.body()), result.status(),
                clock.instant());
    }

    private HexgateEvent outcomeUnknown(CommandRequested command, HexOperation operation, String why,
            boolean checkFailed) {
        String target = operation.target(command.arguments());
        log.warn("command {} {}: outcome unknown ({})", command.commandId(), command.operation(), why);
        return failed(command, FailureCode.OUTCOME_UNKNOWN, null,
                why + ". Whether " + command.operation() + " changed " + target + " in Hex is unknown"
                        + (checkFailed ? " (checking Hex failed too)" : "")
                        + ", so hexgate did not send it again. Check " + target + " in Hex before trying again.",
                false);
    }

    private static String lostAnswer(Throwable error) {
        boolean timedOut = FailureTranslator.mcpFailure(error)
                .map(mcp -> mcp.kind() == HexMcpException.Kind.TIMEOUT)
                .orElseGet(() -> FailureTranslator.hexFailure(error)
                        .map(hex -> hex.kind() == HexApiException.Kind.TIMEOUT).orElse(false));
        return timedOut ? "Hex did not answer this request in time"
                : "The connection to Hex broke before Hex answered this request";
    }

    private HexgateEvent ledgerUnavailable(CommandRequested command, Throwable error) {
        log.error("command {} {}: the command ledger is unavailable; not calling Hex", command.commandId(),
                command.operation(), error);
        return failed(command, FailureCode.INTERNAL, null,
                "hexgate could not record " + command.operation() + " before sending it, so nothing was sent to "
                        + "Hex. Try again shortly.", true);
    }

    /**
     * As {@link #translate}, except that Hex refusing the user's Hex MCP sign-in is answered with a link to sign in
     * again (from token-vault), so the user has one step to take instead of disconnecting and connecting.
     */
    private Mono<HexgateEvent> translateFailure(CommandRequested command, HexOperation operation, Throwable error) {
        Optional<HexMcpException> mcp = FailureTranslator.mcpFailure(error);
        if (mcp.isEmpty() || mcp.get().kind() != HexMcpException.Kind.AUTHORIZATION_REQUIRED) {
            return Mono.just(translate(command, operation, error));
        }
        return credentials.signInAgainUrl(command).map(url -> {
            if (url.isEmpty()) {
                return translate(command, operation, error);
            }
            log.info("command {} {}: Hex refused the user's Hex MCP sign-in; answering with a link to sign in again",
                    command.commandId(), command.operation());
            return failed(command, FailureCode.AUTHORIZATION_REQUIRED, mcp.get().status(),
                    "Hex did not accept your Hex sign-in (it may have expired or been revoked at Hex), so nothing "
                            + "was done. Open the link to sign in to Hex again, then ask again.", false, url.get());
        });
    }

    private HexgateEvent translate(CommandRequested command, HexOperation operation, Throwable error) {
        if (error instanceof OperationRefusedException refused) {
            log.info("command {} {} refused: {}", command.commandId(), command.operation(), refused.code());
            return failed(command, refused.code(), null, refused.getMessage(), false);
        }
        Optional<HexMcpException> mcp = FailureTranslator.mcpFailure(error);
        if (mcp.isPresent()) {
            FailureTranslator.Translation t = FailureTranslator.translate(command.operation(),
                    operation.target(command.arguments()), mcp.get());
            log.info("command {} {} failed at Hex MCP: {} ({})", command.commandId(), command.operation(), t.code(),
                    mcp.get().kind());
            return failed(command, t.code(), t.hexStatus(), t.message(), t.retryable());
        }
        return FailureTranslator.hexFailure(error)
                .map(hex -> {
                    FailureTranslator.Translation t = FailureTranslator.translate(command.operation(),
                            operation.target(command.arguments()), hex);
                    log.info("command {} {} failed: {} (Hex status {}, {} attempt(s))", command.commandId(),
                            command.operation(), t.code(), t.hexStatus(), hex.attempts());
                    return failed(command, t.code(), t.hexStatus(), t.message(), t.retryable());
                })
                .orElseGet(() -> {
                    log.error("command {} {} failed unexpectedly", command.commandId(), command.operation(), error);
                    return failed(command, FailureCode.INTERNAL, null,
                            "hexgate failed while running " + command.operation() + "; the error is logged.", false);
                });
    }

    private CommandFailed failed(CommandRequested command, FailureCode code, Integer hexStatus, String message,
            boolean retryable) {
        return failed(command, code, hexStatus, message, retryable, null);
    }

    /** A failure that carries a link for the user to open ({@code authorizationUrl}: connect or sign in again). */
    private CommandFailed failed(CommandRequested command, FailureCode code, Integer hexStatus, String message,
            boolean retryable, String authorizationUrl) {
        return new CommandFailed(UUID.randomUUID().toString(), command.commandId(), command.userKey(),
                command.origin(), command.operation(), code, hexStatus, message, retryable, authorizationUrl,
                clock.instant());
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    private static Mono<Execution> just(HexgateEvent result) {
        return Mono.just(Execution.of(result));
    }

    /**
     * The operation's Hex call(s). The caller's deadline travels with them (Reactor context), so retries and
     * rate-limit waits never outlast it; an exception thrown while building the call becomes an error signal.
     */
    private static Mono<HexResult> callHex(CommandRequested command, HexOperation operation, String token) {
        return withDeadline(command, Mono.defer(() -> operation.execute(command.arguments(), token)))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(command.operation() + " answered nothing")));
    }

    /** The caller's deadline travels with the Hex calls, so retries and rate-limit waits never outlast it. */
    private static <T> Mono<T> withDeadline(CommandRequested command, Mono<T> call) {
        return command.deadline() == null ? call : call.contextWrite(Context.of(HexCallPolicy.DEADLINE,
                command.deadline()));
    }

    /** A blocking ledger call off the event loop; its failure is a value, so each caller decides what it means. */
    private static <T> Mono<Outcome<T>> ledgerCall(Callable<T> call) {
        return Mono.fromCallable(() -> Outcome.of(call.call()))
                .onErrorResume(error -> Mono.just(Outcome.<T>error(error)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private record Outcome<T>(T value, Throwable error) {

        static <T> Outcome<T> of(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> error(Throwable error) {
            return new Outcome<>(null, error);
        }

        boolean failed() {
            return error != null;
        }
    }
}
