package dev.hexgate.emulator;

import dev.hexgate.emulator.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One startup line telling a developer where to point a client. Token values are never logged. */
@Component
class EmulatorReadyLog {

    private static final Logger log = LoggerFactory.getLogger(EmulatorReadyLog.class);

    private final EmulatorProperties properties;
    private final PublicUrl publicUrl;
    private final Workspace workspace;

    EmulatorReadyLog(EmulatorProperties properties, PublicUrl publicUrl, Workspace workspace) {
        this.properties = properties;
        this.publicUrl = publicUrl;
        this.workspace = workspace;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("Hex emulator serving {} ({} projects, {} users, {} tokens); control plane {}",
                publicUrl.apiBaseUrl(), workspace.projects().size(), workspace.users().size(),
                workspace.tokens().size(), properties.controlPlaneEnabled() ? "on at /_emulator" : "off");
    }
}
