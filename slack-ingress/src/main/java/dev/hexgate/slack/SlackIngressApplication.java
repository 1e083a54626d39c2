package dev.hexgate.slack;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Slack Events API ingress: mentions and DMs become commands; answers are posted in the thread. Not built yet: serves its health endpoint so the stack's shape is complete. */
@SpringBootApplication
public class SlackIngressApplication {

    /** Own config file name, so that several services can share one JVM without reading each other's settings. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(SlackIngressApplication.class)
                .main(SlackIngressApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=slack-ingress");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
