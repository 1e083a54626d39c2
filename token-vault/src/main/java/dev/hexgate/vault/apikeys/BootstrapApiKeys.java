package dev.hexgate.vault.apikeys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Stores the configured bootstrap keys ({@code HEXGATE_VAULT_BOOTSTRAP_API_KEYS}) before the service takes calls. */
@Component
class BootstrapApiKeys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapApiKeys.class);

    private final ApiKeys keys;
    private final ApiKeysProperties properties;

    BootstrapApiKeys(ApiKeys keys, ApiKeysProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        int position = 0;
        for (String entry : properties.bootstrap()) {
            position++;
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("HEXGATE_VAULT_BOOTSTRAP_API_KEYS entry " + position
                        + " is not user:key (entry not shown)");
            }
            String user = entry.substring(0, colon).trim();
            if (!ApiKeys.isValidUser(user)) {
                throw new IllegalArgumentException("HEXGATE_VAULT_BOOTSTRAP_API_KEYS entry " + position
                        + ": the user is not valid (entry not shown)");
            }
            boolean added = keys.importKey(user, entry.substring(colon + 1).trim());
            log.info("bootstrap API key for user {}: {}", user, added ? "stored" : "already known");
        }
    }
}
