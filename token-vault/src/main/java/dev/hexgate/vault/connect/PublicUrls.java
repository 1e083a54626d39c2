package dev.hexgate.vault.connect;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Where users' browsers reach this service: the base of every link handed to a user. */
@Component
public class PublicUrls {

    private final ConnectProperties properties;
    private final Environment environment;

    public PublicUrls(ConnectProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** {@code hexgate.token-vault.connect.public-url}, else {@code http://localhost:<this server's port>}. */
    public String base() {
        return properties.publicUrl() != null ? properties.publicUrl()
                : "http://localhost:" + environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8082"));
    }
}
