package dev.hexgate.vault;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Holds every user's Hex credentials, encrypted, and the gateway's API keys. Not built yet: serves its health endpoint so the stack's shape is complete. */
@SpringBootApplication
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
