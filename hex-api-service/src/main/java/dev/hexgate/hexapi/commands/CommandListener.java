package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Consumes {@code hexgate.commands} without holding a thread while Hex works: the listener answers a {@link Mono},
 * so Spring Kafka runs the records of one poll concurrently (acknowledging each when its result is on Kafka) and
 * commits a partition's offsets only up to the first record still running. A crash before a result is on Kafka
 * redelivers that command (at least once). The next poll waits until every record of the previous one is done.
 *
 * <p>Nothing here may block: the Hex call is non-blocking, and the result is handed to the Kafka producer on
 * a worker thread, because {@code send} can block (metadata, full buffer) and the Hex response arrives on a Netty
 * event loop.
 */
@Component
public class CommandListener {

    static final String SOURCE = "hex-api-service";
    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);
    /** Longer than any single Hex call is allowed to take; a stuck call must not stall the partition forever. */
    private static final Duration MAX_EXECUTION = Duration.ofMinutes(2);

    private final CommandExecutor executor;
    private final KafkaTemplate<String, byte[]> kafka;

    public CommandListener(CommandExecutor executor, KafkaTemplate<String, byte[]> kafka) {
        this.executor = executor;
        this.kafka = kafka;
    }

    /** Every failure, even an unreadable record, arrives as the Mono's error, so the error handler sees it. */
    @KafkaListener(id = "hex-api-commands", topics = Topics.COMMANDS,
            groupId = "${hexgate.hex-api.consumer-group:hex-api-service}",
            concurrency = "${hexgate.hex-api.consumer-concurrency:3}")
    public Mono<Void> onCommand(ConsumerRecord<String, byte[]> record) {
        return Mono.defer(() -> {
            HexgateEvent event = EventRecords.fromRecord(record);
            if (!(event instanceof CommandRequested command)) {
                log.warn("ignoring {} on {}", event.getClass().getSimpleName(), record.topic());
                return Mono.<Void>empty();
            }
            return executor.execute(command)
                    .timeout(MAX_EXECUTION)
                    .publishOn(Schedulers.boundedElastic())
                    .flatMap(result -> Mono.fromFuture(kafka.send(EventRecords.toRecord(result, SOURCE))))
                    .then();
        });
    }
}
