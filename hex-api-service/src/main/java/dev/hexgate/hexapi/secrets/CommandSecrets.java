package dev.hexgate.hexapi.secrets;

import dev.hexgate.contracts.secrets.SealedArguments;
import dev.hexgate.contracts.secrets.SecretOpener;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Opens the secrets a command carries sealed (data-connection passwords, keys, tokens), with the private key only
 * this service holds: {@code hexgate.secrets.private-key} ({@code HEXGATE_SECRETS_PRIVATE_KEY}, base64 PKCS#8 RSA;
 * the gateway gets the public half as {@code HEXGATE_SECRETS_PUBLIC_KEY}). Without a key, commands with sealed
 * secrets fail with a message naming the setting; everything else works.
 */
@Component
public class CommandSecrets {

    private static final Logger log = LoggerFactory.getLogger(CommandSecrets.class);

    private final SecretOpener opener;

    public CommandSecrets(@Value("${hexgate.secrets.private-key:}") String privateKey) {
        this.opener = privateKey == null || privateKey.isBlank() ? null : SecretOpener.of(privateKey);
        if (opener != null) {
            log.info("command secrets open with key {}", opener.keyId());
        }
    }

    /** The arguments with every sealed field in {@code names} opened; throws {@code SealedValueException}. */
    public JsonNode open(JsonNode arguments, Set<String> names, String operation) {
        return SealedArguments.open(arguments, names, operation, opener);
    }
}
