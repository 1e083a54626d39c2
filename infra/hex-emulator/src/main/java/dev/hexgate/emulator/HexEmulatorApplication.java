package dev.hexgate.emulator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A local stand-in for Hex's public REST API.
 *
 * <p>The local stack runs several Spring Boot applications in one JVM, so this one reads its own
 * {@code hex-emulator.yml} (never {@code application.yml}) and is started through {@link #application()},
 * which other modules can also call to embed the emulator.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HexEmulatorApplication {

    /** Config file base name; kept unique so co-hosted applications never read each other's settings. */
    public static final String CONFIG_NAME = "hex-emulator";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(HexEmulatorApplication.class)
                .main(HexEmulatorApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
