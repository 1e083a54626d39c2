package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.workspace.Workspace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads {@code fixtures/runs.json} once, checked against the seeded workspace. */
@Configuration(proxyBeanMethods = false)
class RunsConfiguration {

    @Bean
    RunSetup runSetup(Workspace workspace) {
        return RunSetup.loadDefault(workspace);
    }
}
