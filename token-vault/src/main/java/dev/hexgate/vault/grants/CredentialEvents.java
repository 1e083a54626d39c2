package dev.hexgate.vault.grants;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.AuthorizationGranted;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.CredentialRevoked;
import dev.hexgate.vault.credentials.Provider;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The events token-vault publishes about credentials: on {@code hexgate.auth} and on the audit trail. No secrets. */
public final class CredentialEvents {

    public static final String SOURCE = "token-vault";
    public static final String CONNECTED = "credential.connected";
    public static final String DISCONNECTED = "credential.disconnected";
    public static final String REVOKED = "credential.revoked";

    private CredentialEvents() {
    }

    public static AuthorizationGranted granted(String userKey, Provider provider, CommandRequested parked,
            Instant at) {
        return new AuthorizationGranted(UUID.randomUUID().toString(), userKey, provider.id(), parked, at);
    }

    public static CredentialRevoked revoked(String userKey, Provider provider, String reason, Instant at) {
        return new CredentialRevoked(UUID.randomUUID().toString(), userKey, provider.id(), reason, at);
    }

    /**
     * An audit record about a user's credential: actor and owner are the user, the target is the provider.
     *
     * @param details plain, non-secret facts (e.g. {@code revokedAtHex}); may be empty
     */
    public static AuditRecorded audit(String userKey, String action, Provider provider, String outcome,
            String commandId, Map<String, Object> details, Instant at) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("provider", provider.id());
        arguments.putAll(details);
        return new AuditRecorded(UUID.randomUUID().toString(), userKey, action, "credential", provider.id(),
                EventCodec.toTree(arguments), outcome, null, commandId, SOURCE, at);
    }
}
