package dev.hexgate.vault;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Holds every user's Hex credentials, encrypted, and the gateway's API keys; the only holder of secrets. Other
 * services reach it over its internal API ({@code /internal/**}, service tokens), administrators over
 * {@code /admin/**} (the admin token), and users over the connect pages ({@code /connect/**}, one-time links).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TokenVaultApplication {

    /** Own config file name, so that several services can share one JVM without reading each other's settings. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(TokenVaultApplication.class)
                .main(TokenVaultApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=token-vault");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
