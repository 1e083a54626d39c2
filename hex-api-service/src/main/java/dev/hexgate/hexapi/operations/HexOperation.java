package dev.hexgate.hexapi.operations;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** One Hex operation a command can ask for; its name is the tool name. */
public interface HexOperation {

    String name();

    /** Calls Hex with {@code token} and answers Hex's result as JSON with Hex's field names. */
    Mono<HexResult> execute(JsonNode arguments, String token);

    /**
     * Whether the call changes Hex (creates, runs, edits, deletes, shares). Mutations are never retried blindly,
     * are recorded in the command ledger before Hex is called, and are audited.
     */
    default boolean mutates() {
        return false;
    }

    /**
     * For a mutation whose earlier attempt may have reached Hex before the service stopped (the ledger says it
     * started but holds no result): find what that attempt did instead of doing it again, e.g. the run a
     * {@code run_hex_project} started. Empty when the operation cannot tell; the ledger then reports the command
     * as failed-unknown rather than repeating it.
     */
    default Mono<HexResult> recover(JsonNode arguments, String token, Instant attemptStartedAt) {
        return Mono.empty();
    }

    /** What the command was about, for messages: e.g. {@code project 5a85…}. */
    default String target(JsonNode arguments) {
        return DEFAULT_TARGET;
    }

    /**
     * What a mutation changes, for the audit trail. By default read from {@link #target}: {@code project 5a85…}
     * becomes type {@code project}, id {@code 5a85…}. Override when {@code target} does not read "type id".
     */
    default AuditTarget auditTarget(JsonNode arguments) {
        return AuditTarget.parse(target(arguments));
    }

    /** Which credential the operation acts with; by default the REST API's ({@link CredentialKind#HEX_API}). */
    default CredentialKind credential() {
        return CredentialKind.HEX_API;
    }

    /**
     * What the audit trail records as the mutation's arguments, in place of the redacted tool arguments; empty (the
     * default) to record those. E.g. a prompt's digest and length instead of its text.
     */
    default Optional<JsonNode> auditArguments(JsonNode arguments) {
        return Optional.empty();
    }

    /**
     * Whether a successful result starts work in a Hex thread that must be waited on: then a {@code ThreadStarted}
     * (keyed by the result's {@code threadId}) is published with the result, for thread-poller.
     */
    default boolean startsThread() {
        return false;
    }

    /** {@link #target}'s default, "the requested object". */
    String DEFAULT_TARGET = "the requested object";

    /** Hex's answer and the status it came with. */
    record HexResult(JsonNode body, int status) {
    }

    /**
     * The audit trail's view of what a command is about.
     *
     * @param type e.g. {@code project}, {@code data_connection}; null when unknown
     * @param id   Hex's id of it; null when unknown (e.g. before a create)
     */
    record AuditTarget(String type, String id) {

        private static final Pattern ID = Pattern.compile(".*[0-9].*");

        /**
         * Reads a {@link HexOperation#target} text: the first word that contains a digit is the id (Hex's ids are
         * UUIDs), the words before it are the type; with no such word, the first word is the type and the rest the
         * id. {@code data connection 5a85… } → ({@code data_connection}, {@code 5a85…}).
         */
        public static AuditTarget parse(String target) {
            if (target == null || target.isBlank() || target.equals(DEFAULT_TARGET)) {
                return new AuditTarget(null, null);
            }
            String[] words = target.trim().split("\\s+");
            int id = 0;
            while (id < words.length && !ID.matcher(words[id]).matches()) {
                id++;
            }
            if (id == words.length) {
                String rest = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
                return new AuditTarget(typeName(words[0]), rest.isEmpty() ? null : rest);
            }
            String type = id == 0 ? null : typeName(String.join(" ", Arrays.copyOfRange(words, 0, id)));
            return new AuditTarget(type, words[id]);
        }

        private static String typeName(String words) {
            return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }
    }
}
