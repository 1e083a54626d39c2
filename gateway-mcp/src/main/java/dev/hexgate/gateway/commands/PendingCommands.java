package dev.hexgate.gateway.commands;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Tool calls of this instance that wait for a result, by command id. Waiting is a {@link Mono}, so no thread is
 * held while Hex works. A result is completed on the results consumer's thread, which then shapes the MCP answer
 * (output-schema check, JSON) and hands it to Netty, a fraction of a millisecond that blocks nothing. A hop to
 * another scheduler here made no measurable difference in scripts/benchmark-gateway, so there is none.
 */
@Component
public class PendingCommands {

    private final Map<String, Sinks.One<CommandOutcome>> waiting = new ConcurrentHashMap<>();

    /** Registers interest before the command is published, so that even an instant answer is not missed. */
    public Mono<CommandOutcome> register(String commandId, Duration timeout) {
        Sinks.One<CommandOutcome> sink = Sinks.one();
        waiting.put(commandId, sink);
        return sink.asMono()
                .timeout(timeout)
                .onErrorMap(TimeoutException.class, e -> new CommandTimedOutException(commandId, timeout))
                .doFinally(signal -> waiting.remove(commandId));
    }

    /** Completes a waiting call; false when nobody here waits for this command (another instance's, or too late). */
    public boolean complete(String commandId, CommandOutcome outcome) {
        Sinks.One<CommandOutcome> sink = waiting.remove(commandId);
        return sink != null && sink.tryEmitValue(outcome).isSuccess();
    }

    public void abandon(String commandId) {
        waiting.remove(commandId);
    }
}
