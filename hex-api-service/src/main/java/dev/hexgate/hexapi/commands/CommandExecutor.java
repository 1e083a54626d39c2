package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.hexapi.hex.HexCredentials;
import dev.hexgate.hexapi.operations.HexOperation;
import dev.hexgate.hexapi.operations.OperationRefusedException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Runs one command against Hex and answers the result event to publish. Never throws for a Hex failure. */
@Component
public class CommandExecutor {

    private static final Logger log = LoggerFactory.getLogger(CommandExecutor.class);

    private final Map<String, HexOperation> operations;
    private final HexCredentials credentials;
    private final Clock clock;

    public CommandExecutor(List<HexOperation> operations, HexCredentials credentials, Optional<Clock> clock) {
        this.operations = operations.stream().collect(Collectors.toMap(HexOperation::name, Function.identity()));
        this.credentials = credentials;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Mono<HexgateEvent> execute(CommandRequested command) {
        if (command.expiredAt(clock.instant())) {
            return Mono.just(failed(command, FailureCode.DEADLINE_EXCEEDED, null,
                    "The request arrived after its caller stopped waiting, so it was not sent to Hex.", false));
        }
        HexOperation operation = operations.get(command.operation());
        if (operation == null) {
            return Mono.just(failed(command, FailureCode.UNSUPPORTED_OPERATION, null,
                    "hexgate cannot run '" + command.operation() + "' yet.", false));
        }
        Optional<String> token = credentials.restTokenFor(command.userKey());
        if (token.isEmpty()) {
            return Mono.just(failed(command, FailureCode.AUTHORIZATION_REQUIRED, null,
                    "No Hex credential is available for this request. An operator must set HEX_API_TOKEN.", false));
        }
        return operation.execute(command.arguments(), token.get())
                .<HexgateEvent>map(result -> new CommandCompleted(UUID.randomUUID().toString(), command.commandId(),
                        command.userKey(), command.origin(), command.operation(), result.body(), result.status(),
                        clock.instant()))
                .onErrorResume(error -> Mono.just(translate(command, operation, error)));
    }

    private HexgateEvent translate(CommandRequested command, HexOperation operation, Throwable error) {
        if (error instanceof OperationRefusedException refused) {
            log.info("command {} {} refused: {}", command.commandId(), command.operation(), refused.code());
            return failed(command, refused.code(), null, refused.getMessage(), false);
        }
        return FailureTranslator.hexFailure(error)
                .map(hex -> {
                    FailureTranslator.Translation t = FailureTranslator.translate(command.operation(),
                            operation.target(command.arguments()), hex);
                    log.info("command {} {} failed: {} (Hex status {})", command.commandId(), command.operation(),
                            t.code(), t.hexStatus());
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
        return new CommandFailed(UUID.randomUUID().toString(), command.commandId(), command.userKey(),
                command.origin(), command.operation(), code, hexStatus, message, retryable, null,
                Instant.now(clock));
    }
}
