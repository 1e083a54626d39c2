package dev.hexgate.poller;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Waits on long-running Hex threads by re-scheduling polls through delayed Kafka messages (see README). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThreadPollerApplication {

    /** Own config file name, so that several services can share one JVM without reading each other's settings. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ThreadPollerApplication.class)
                .main(ThreadPollerApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=thread-poller");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
