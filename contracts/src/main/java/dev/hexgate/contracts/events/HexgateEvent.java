package dev.hexgate.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Every record that crosses Kafka. Sealed so that {@link dev.hexgate.contracts.codec.EventType} can be checked
 * for completeness by a test: adding an event without registering its CloudEvents type fails the build.
 */
public sealed interface HexgateEvent
        permits CommandRequested, CommandCompleted, CommandFailed,
        ThreadStarted, ThreadProgressed, ThreadFinished, ThreadPollDue,
        AuthorizationGranted, CredentialRevoked, AuditRecorded {

    /** Identity of this event occurrence; consumers de-duplicate on it. Becomes the {@code ce_id} header. */
    String eventId();

    /** The Kafka record key that gives this event the ordering it needs (DESIGN.md §4). */
    @JsonIgnore
    String partitionKey();

    /** The command this event belongs to, for the {@code hexgate-command-id} header; null if none. */
    @JsonIgnore
    String correlatedCommandId();
}
