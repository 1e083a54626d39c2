package dev.hexgate.emulator.faults;

import dev.hexgate.emulator.control.ControlPlaneEndpoint;
import dev.hexgate.emulator.control.ControlPlaneJson;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /_emulator/faults}: {@code GET} lists the rules in order, {@code POST} appends one ({@link FaultSpec};
 * 201 with its id), {@code DELETE} removes all, {@code DELETE /{id}} one. A reset also removes all.
 */
@RestController
@ControlPlaneEndpoint
@ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")
class FaultControlController {

    private static final String BASE = "/_emulator/faults";

    private final FaultRules rules;

    FaultControlController(FaultRules rules) {
        this.rules = rules;
    }

    @GetMapping(BASE)
    JsonNode list() {
        return ControlPlaneJson.tree(Map.of("faults", rules.list()));
    }

    @PostMapping(BASE)
    ResponseEntity<JsonNode> add(@RequestBody(required = false) String body) {
        FaultView added = rules.add(ControlPlaneJson.read(body, FaultSpec.class));
        return ResponseEntity.created(URI.create(BASE + "/" + added.id())).body(ControlPlaneJson.tree(added));
    }

    @DeleteMapping(BASE)
    ResponseEntity<Void> clear() {
        rules.reset();
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(BASE + "/{id}")
    ResponseEntity<?> remove(@PathVariable String id) {
        if (rules.remove(id)) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "No fault rule '" + id + "'"));
    }
}
