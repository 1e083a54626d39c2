package dev.hexgate.audit;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The append-only, hash-chained record of every mutation and run status change. Not built yet: serves its health endpoint so the stack's shape is complete. */
@SpringBootApplication
public class AuditLogApplication {

    /** Own config file name, so that several services can share one JVM without reading each other's settings. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(AuditLogApplication.class)
                .main(AuditLogApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=audit-log");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
