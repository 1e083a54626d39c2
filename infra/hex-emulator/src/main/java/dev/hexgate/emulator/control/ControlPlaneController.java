package dev.hexgate.emulator.control;

import dev.hexgate.emulator.workspace.Workspace;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emulator-only routes under {@code /_emulator}, for tests and local tooling. They have no authentication, so
 * they exist only with {@code hexgate.emulator.control-plane-enabled=true}; otherwise the paths are plain 404s.
 */
@RestController
@ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")
class ControlPlaneController {

    private final Workspace workspace;

    ControlPlaneController(Workspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/_emulator/tokens")
    TokenList tokens() {
        return new TokenList(workspace.tokens().stream()
                .map(t -> new TokenEntry(t.token(), t.kind().wireName(), t.user()))
                .toList());
    }

    record TokenList(List<TokenEntry> tokens) {
    }

    /** {@code user} is the email of the user the token acts as. */
    record TokenEntry(String token, String kind, String user) {
    }
}
