package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Consumes {@code hexgate.commands} without holding a thread while Hex works. Each record is started and the
 * listener returns at once, so the commands of one partition (one user's) run at the same time and finish in any
 * order; {@link InFlightCommands} lets a partition be committed only up to its lowest unfinished record, so a crash
 * before a result is on Kafka redelivers that command (at least once). At most {@code hexgate.hex-api.max-in-flight}
 * (256) commands run per instance: above that the consumers pause until half of them are done.
 *
 * <p>A result goes out with its audit records; only when Kafka has acknowledged all of them is the ledger told
 * (e.g. "published") and the record finished. Two deliveries of one command never run side by side in this
 * instance: the second waits for the first, then finds its recorded result in the ledger (one command id always
 * lands on one partition, so on one instance).
 *
 * <p>Nothing here blocks: the Hex call is non-blocking, and the result goes to the Kafka producer on a worker
 * thread, because {@code send} can block (metadata, full buffer) and the Hex answer arrives on a Netty event loop.
 * A command that fails in a way {@link CommandExecutor} does not turn into a result (Kafka refusing the result,
 * or no end in {@link #MAX_EXECUTION}) is parked on the dead-letter topic; an unreadable record goes there through
 * the container's error handler.
 */
@Component
public class CommandListener implements ConsumerSeekAware {

    static final String SOURCE = "hex-api-service";
    static final String LISTENER_ID = "hex-api-commands";
    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);
    /** Longer than any single Hex call is allowed to take; a stuck call must not hold its partition forever. */
    private static final Duration MAX_EXECUTION = Duration.ofMinutes(2);

    private final CommandExecutor executor;
    private final KafkaTemplate<String, byte[]> kafka;
    private final ConsumerRecordRecoverer deadLetters;
    private final ObjectProvider<KafkaListenerEndpointRegistry> registry;
    private final InFlightCommands inFlight = new InFlightCommands();
    /** Per command id, the delivery running now in this instance; a duplicate waits for it. */
    private final Map<String, CompletableFuture<Void>> sameCommandRunning = new ConcurrentHashMap<>();
    private final int maxInFlight;
    private boolean paused;

    public CommandListener(CommandExecutor executor, KafkaTemplate<String, byte[]> kafka,
            @Qualifier(KafkaConfiguration.DEAD_LETTERS) ConsumerRecordRecoverer deadLetters,
            ObjectProvider<KafkaListenerEndpointRegistry> registry,
            @Value("${hexgate.hex-api.max-in-flight:256}") int maxInFlight) {
        this.maxInFlight = maxInFlight;
        this.executor = executor;
        this.kafka = kafka;
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.COMMANDS,
            groupId = "${hexgate.hex-api.consumer-group:hex-api-service}",
            concurrency = "${hexgate.hex-api.consumer-concurrency:3}",
            properties = "max.poll.records=100")
    public void onCommand(ConsumerRecord<String, byte[]> record, Acknowledgment acknowledgment) {
        InFlightCommands.Ticket ticket = inFlight.start(record, acknowledgment);
        HexgateEvent event;
        try {
            event = EventRecords.fromRecord(record);
        } catch (RuntimeException unreadable) {
            // The error handler parks it on the dead-letter topic before the next commit.
            inFlight.finish(ticket);
            throw unreadable;
        }
        if (!(event instanceof CommandRequested command)) {
            log.warn("ignoring {} on {}", event.getClass().getSimpleName(), record.topic());
            inFlight.finish(ticket);
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> earlier = sameCommandRunning.put(command.commandId(), done);
        Mono<Void> turn = earlier == null ? Mono.empty() : Mono.fromFuture(earlier).onErrorComplete();
        turn.then(Mono.defer(() -> executor.execute(command)))
                .timeout(MAX_EXECUTION)
                .publishOn(Schedulers.boundedElastic())
                .flatMap(execution -> publish(execution).thenReturn(execution))
                .publishOn(Schedulers.boundedElastic()) // off the producer's I/O thread: the ledger is JDBC
                .doOnNext(execution -> noteAfterPublish(command, execution))
                .doFinally(signal -> {
                    sameCommandRunning.remove(command.commandId(), done);
                    done.complete(null);
                })
                .subscribe(execution -> finish(ticket), failure -> deadLetter(record, ticket, failure));
        pauseIfBusy();
    }

    /** The result, its audit records and follow-up events, complete when Kafka has acknowledged every one of them. */
    private Mono<Void> publish(Execution execution) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        sends.add(kafka.send(EventRecords.toRecord(execution.result(), SOURCE)));
        for (AuditRecorded audit : execution.audits()) {
            sends.add(kafka.send(EventRecords.toRecord(audit, SOURCE)));
        }
        for (HexgateEvent followUp : execution.followUps()) {
            sends.add(kafka.send(EventRecords.toRecord(followUp, SOURCE)));
        }
        return Mono.fromFuture(CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)));
    }

    private static void noteAfterPublish(CommandRequested command, Execution execution) {
        try {
            execution.afterPublish().run();
        } catch (RuntimeException e) {
            // published already; at worst an audit record is sent once more on a redelivery (same event id)
            log.warn("command {}: noting the publication failed: {}", command.commandId(), e.toString());
        }
    }

    private void finish(InFlightCommands.Ticket ticket) {
        inFlight.finish(ticket);
        resumeIfQuiet();
    }

    /** Synchronized with {@link #resumeIfQuiet()}, so a pause can never miss the finish that should end it. */
    private synchronized void pauseIfBusy() {
        if (!paused && inFlight.running() >= maxInFlight) {
            paused = true;
            container().pause();
        }
    }

    private synchronized void resumeIfQuiet() {
        if (paused && inFlight.running() <= maxInFlight / 2) {
            paused = false;
            container().resume();
        }
    }

    /** On a worker thread: the recoverer waits for the dead letter to be on Kafka. */
    private void deadLetter(ConsumerRecord<String, byte[]> record, InFlightCommands.Ticket ticket, Throwable failure) {
        log.error("command at {}-{}@{} failed without a result; parking it on the dead-letter topic",
                record.topic(), record.partition(), record.offset(), failure);
        Exception cause = failure instanceof Exception e ? e : new IllegalStateException(failure);
        Mono.fromRunnable(() -> deadLetters.accept(record, cause))
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(done -> { }, parkFailure -> {
                    log.error("could not park the command at {}-{}@{}; it runs again after a restart",
                            record.topic(), record.partition(), record.offset(), parkFailure);
                    inFlight.abandon(ticket);
                    resumeIfQuiet();
                }, () -> finish(ticket));
    }

    private MessageListenerContainer container() {
        return registry.getObject().getListenerContainer(LISTENER_ID);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        inFlight.revoked(partitions);
    }
}
