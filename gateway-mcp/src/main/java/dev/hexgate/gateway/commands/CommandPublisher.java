package dev.hexgate.gateway.commands;

import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.gateway.GatewayProperties;
import dev.hexgate.gateway.auth.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * Turns a validated tool call into a {@link CommandRequested} on Kafka and waits, without blocking, for its result.
 * The record is handed to the producer on a worker thread: {@code KafkaProducer.send} blocks while it has no
 * metadata for the topic (the first call, or while Kafka is unreachable: up to {@code max.block.ms}) or its buffer
 * is full, and a tool call arrives on a Netty event loop, which must never wait.
 */
@Component
public class CommandPublisher {

    static final String SOURCE = "gateway-mcp";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaTemplate<String, byte[]> kafka;
    private final PendingCommands pending;
    private final ResultsReadiness readiness;
    private final GatewayProperties properties;

    public CommandPublisher(KafkaTemplate<String, byte[]> kafka, PendingCommands pending, ResultsReadiness readiness,
            GatewayProperties properties) {
        this.kafka = kafka;
        this.pending = pending;
        this.readiness = readiness;
        this.properties = properties;
    }

    public Mono<CommandOutcome> execute(Caller caller, String operation, JsonNode arguments) {
        return execute(caller, operation, arguments, UUID.randomUUID().toString());
    }

    /**
     * As {@link #execute(Caller, String, JsonNode)}, under a command id the caller chose: for a call that must be
     * listening for the command's later events (a thread's progress) before the command is published.
     */
    public Mono<CommandOutcome> execute(Caller caller, String operation, JsonNode arguments, String commandId) {
        return readiness.awaitReady(READY_TIMEOUT).then(Mono.defer(() -> {
            Instant now = Instant.now();
            Duration timeout = properties.commandTimeout();
            CommandRequested command = new CommandRequested(UUID.randomUUID().toString(), commandId,
                    caller.userKey(), Origin.mcp(properties.instanceId(), commandId), operation, arguments, now,
                    now.plus(timeout));
            Mono<CommandOutcome> outcome = pending.register(commandId, timeout);
            return Mono.fromFuture(() -> kafka.send(EventRecords.toRecord(command, SOURCE)))
                    .subscribeOn(Schedulers.boundedElastic())
                    .doOnError(e -> pending.abandon(commandId))
                    .then(outcome);
        }));
    }
}
