package dev.hexgate.vault.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key ring, read and checked once at startup: a bad configuration stops the service before it serves. */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    KeyRing keyRing(EncryptionProperties properties) {
        KeyRing ring = KeyRing.parse(properties.keys(), properties.activeKey());
        log.info("encryption key ring: key ids {}, writing under {}", ring.keyIds(), ring.activeKeyId());
        return ring;
    }
}
