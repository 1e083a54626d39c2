package dev.hexgate.gateway.secrets;

import dev.hexgate.contracts.secrets.SealedArguments;
import dev.hexgate.contracts.secrets.SecretSealer;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Seals the secrets a tool call carries (data-connection passwords, keys, tokens) for hex-api-service before the
 * command goes to Kafka, with hex-api-service's public key: {@code hexgate.secrets.public-key}
 * ({@code HEXGATE_SECRETS_PUBLIC_KEY}, base64 X.509 RSA). The gateway cannot open what it sealed. Without a key,
 * calls that carry secrets are refused with a message naming the setting; every other call works.
 */
@Component
public class CommandSecrets {

    private static final Logger log = LoggerFactory.getLogger(CommandSecrets.class);

    private final SecretSealer sealer;

    public CommandSecrets(@Value("${hexgate.secrets.public-key:}") String publicKey) {
        this.sealer = publicKey == null || publicKey.isBlank() ? null : SecretSealer.of(publicKey);
        if (sealer != null) {
            log.info("command secrets are sealed for key {}", sealer.keyId());
        }
    }

    /** Why these arguments cannot be sent, if they carry secrets and no key is configured. */
    public Optional<String> problem(JsonNode arguments, Set<String> names) {
        if (sealer == null && SealedArguments.containsSecrets(arguments, names)) {
            return Optional.of("this hexgate deployment cannot send credentials to Hex safely: the gateway has no "
                    + "sealing key (HEXGATE_SECRETS_PUBLIC_KEY). Ask the operator to set it, or leave the "
                    + "secret fields out");
        }
        return Optional.empty();
    }

    /** A copy with every secret field sealed for {@code operation}; unchanged when there is none. */
    public JsonNode seal(JsonNode arguments, Set<String> names, String operation) {
        if (!SealedArguments.containsSecrets(arguments, names)) {
            return arguments;
        }
        if (sealer == null) {
            throw new IllegalStateException("no sealing key; checkArguments should have refused the call");
        }
        return SealedArguments.seal(arguments, names, operation, sealer);
    }
}
