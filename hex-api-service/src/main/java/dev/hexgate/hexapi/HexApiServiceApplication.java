package dev.hexgate.hexapi;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Executes commands against Hex and publishes their results. The only service that calls Hex's REST API. */
@SpringBootApplication
@EnableScheduling // LedgerRetention
@ConfigurationPropertiesScan
public class HexApiServiceApplication {

    /** Own config file name, so that several services can share one JVM without reading each other's settings. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(HexApiServiceApplication.class)
                .main(HexApiServiceApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=hex-api-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
