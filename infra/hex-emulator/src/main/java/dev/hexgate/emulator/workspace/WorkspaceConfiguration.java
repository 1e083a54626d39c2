package dev.hexgate.emulator.workspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the seeded workspace as a bean so routes and tests share one instance. */
@Configuration(proxyBeanMethods = false)
public class WorkspaceConfiguration {

    @Bean
    public Workspace workspace() {
        return Workspace.loadDefault();
    }
}
