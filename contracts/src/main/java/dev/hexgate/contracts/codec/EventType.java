package dev.hexgate.contracts.codec;

import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.AuthorizationGranted;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.CredentialRevoked;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadPollDue;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.events.ThreadStarted;
import dev.hexgate.contracts.kafka.Topics;
import java.util.Arrays;
import java.util.Optional;

/**
 * The CloudEvents {@code ce_type} of every event. The version suffix changes only on an incompatible change;
 * adding an optional field keeps it, because consumers ignore fields they do not know.
 */
public enum EventType {
    COMMAND_REQUESTED("dev.hexgate.command.requested.v1", CommandRequested.class, Topics.COMMANDS),
    COMMAND_COMPLETED("dev.hexgate.command.completed.v1", CommandCompleted.class, Topics.COMMAND_RESULTS),
    COMMAND_FAILED("dev.hexgate.command.failed.v1", CommandFailed.class, Topics.COMMAND_RESULTS),
    THREAD_STARTED("dev.hexgate.thread.started.v1", ThreadStarted.class, Topics.THREADS),
    THREAD_PROGRESSED("dev.hexgate.thread.progressed.v1", ThreadProgressed.class, Topics.THREADS),
    THREAD_FINISHED("dev.hexgate.thread.finished.v1", ThreadFinished.class, Topics.THREADS),
    /** Has no home topic: a poll goes to the delay topic of its interval ({@link Topics#threadPolls}). */
    THREAD_POLL_DUE("dev.hexgate.thread.poll-due.v1", ThreadPollDue.class, null),
    AUTHORIZATION_GRANTED("dev.hexgate.auth.granted.v1", AuthorizationGranted.class, Topics.AUTH),
    CREDENTIAL_REVOKED("dev.hexgate.auth.credential-revoked.v1", CredentialRevoked.class, Topics.AUTH),
    AUDIT_RECORDED("dev.hexgate.audit.recorded.v1", AuditRecorded.class, Topics.AUDIT);

    private final String ceType;
    private final Class<? extends HexgateEvent> recordClass;
    private final String homeTopic;

    EventType(String ceType, Class<? extends HexgateEvent> recordClass, String homeTopic) {
        this.ceType = ceType;
        this.recordClass = recordClass;
        this.homeTopic = homeTopic;
    }

    /** The topic this event normally lives on, or empty for delay-topic events. */
    public Optional<String> homeTopic() {
        return Optional.ofNullable(homeTopic);
    }

    public String ceType() {
        return ceType;
    }

    public Class<? extends HexgateEvent> recordClass() {
        return recordClass;
    }

    public static EventType of(HexgateEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<? extends HexgateEvent> recordClass) {
        return Arrays.stream(values())
                .filter(t -> t.recordClass == recordClass)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ce_type registered for " + recordClass.getName()));
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }
}
