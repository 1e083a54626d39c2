package dev.hexgate.hexapi.resume;

import dev.hexgate.contracts.events.AuthorizationGranted;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.hexapi.ledger.ResumedGrants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Runs a command that token-vault parked until its user connected a Hex account (DESIGN.md flow C): on
 * {@code AuthorizationGranted} the parked command goes back on {@code hexgate.commands}, under its own command id
 * and with a fresh deadline, so it is handled like any other command (ledger, audit, result to its origin).
 *
 * <p>A grant is resumed once: {@code hexapi.resumed_grants} notes its event id after the command is on Kafka. A
 * crash between the two resumes it again after redelivery: a duplicate is better than a lost request, and a
 * mutation's second run is stopped by the command ledger. Grants arrive seldom, so this listener may block: it
 * waits for Kafka and the database on the consumer thread, then acknowledges.
 */
@Component
public class ParkedCommandResumer {

    static final String LISTENER_ID = "hex-api-grants";
    private static final Logger log = LoggerFactory.getLogger(ParkedCommandResumer.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final ResumedGrants resumedGrants;
    private final Duration resumedDeadline;
    private final Clock clock;

    public ParkedCommandResumer(KafkaTemplate<String, byte[]> kafka, ResumedGrants resumedGrants,
            @Value("${hexgate.hex-api.resumed-command-timeout:5m}") Duration resumedDeadline, Optional<Clock> clock) {
        this.kafka = kafka;
        this.resumedGrants = resumedGrants;
        this.resumedDeadline = resumedDeadline;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.AUTH,
            groupId = "${hexgate.hex-api.consumer-group:hex-api-service}")
    public void onAuthEvent(ConsumerRecord<String, byte[]> record, Acknowledgment acknowledgment) throws Exception {
        HexgateEvent event = EventRecords.fromRecord(record);
        if (event instanceof AuthorizationGranted granted && granted.parkedCommand() != null) {
            resume(granted);
        }
        acknowledgment.acknowledge();
    }

    private void resume(AuthorizationGranted granted) throws Exception {
        CommandRequested parked = granted.parkedCommand();
        if (resumedGrants.resumed(granted.eventId())) {
            log.info("grant {} was resumed before; command {} is not sent again", granted.eventId(),
                    parked.commandId());
            return;
        }
        Instant now = clock.instant();
        CommandRequested again = new CommandRequested(UUID.randomUUID().toString(), parked.commandId(),
                parked.userKey(), parked.origin(), parked.operation(), parked.arguments(), parked.requestedAt(),
                now.plus(resumedDeadline));
        kafka.send(EventRecords.toRecord(again, "hex-api-service")).get(30, TimeUnit.SECONDS);
        resumedGrants.record(granted.eventId(), parked.commandId(), now);
        log.info("{} connected {}: command {} {} runs again", granted.userKey(), granted.provider(),
                parked.commandId(), parked.operation());
    }
}
