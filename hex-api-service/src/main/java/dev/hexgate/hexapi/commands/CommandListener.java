package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code hexgate.commands}. The result (and the audit records that go with it) are published, and
 * acknowledged by Kafka, before the listener returns and the container commits the offset; a crash before that
 * redelivers the command (at least once), and the command ledger makes a redelivered mutation harmless.
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

    @KafkaListener(id = "hex-api-commands", topics = Topics.COMMANDS,
            groupId = "${hexgate.hex-api.consumer-group:hex-api-service}",
            concurrency = "${hexgate.hex-api.consumer-concurrency:3}")
    public void onCommand(ConsumerRecord<String, byte[]> record) throws Exception {
        HexgateEvent event = EventRecords.fromRecord(record);
        if (!(event instanceof CommandRequested command)) {
            log.warn("ignoring {} on {}", event.getClass().getSimpleName(), record.topic());
            return;
        }
        Execution execution = executor.execute(command).block(MAX_EXECUTION);
        List<CompletableFuture<?>> sends = new ArrayList<>();
        sends.add(kafka.send(EventRecords.toRecord(execution.result(), SOURCE)));
        for (AuditRecorded audit : execution.audits()) {
            sends.add(kafka.send(EventRecords.toRecord(audit, SOURCE)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        try {
            execution.afterPublish().run();
        } catch (RuntimeException e) {
            // published already; at worst an audit record is sent once more on a redelivery (same event id)
            log.warn("command {}: noting the publication failed: {}", command.commandId(), e.toString());
        }
    }
}
