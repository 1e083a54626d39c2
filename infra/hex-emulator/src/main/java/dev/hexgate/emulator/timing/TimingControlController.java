package dev.hexgate.emulator.timing;

import dev.hexgate.emulator.control.ControlPlaneEndpoint;
import dev.hexgate.emulator.control.ControlPlaneJson;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET/PUT /_emulator/timing}: reads and changes {@link Timings} at runtime. The document has the fields of
 * {@link Timings.Settings} (durations as strings, see {@link ControlPlaneJson}); a PUT may name only the fields it
 * changes, the others keep their current value. {@code POST /_emulator/reset} restores the configured values.
 */
@RestController
@ControlPlaneEndpoint
@ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")
class TimingControlController {

    private final Timings timings;

    TimingControlController(Timings timings) {
        this.timings = timings;
    }

    @GetMapping("/_emulator/timing")
    JsonNode current() {
        return ControlPlaneJson.tree(timings.current());
    }

    @PutMapping("/_emulator/timing")
    JsonNode change(@RequestBody(required = false) String body) {
        // The read-merge-write is not atomic; concurrent PUTs from several scripts are not a supported use.
        Timings.Settings changed = ControlPlaneJson.merge(timings.current(), body, Timings.Settings.class);
        timings.set(changed);
        return ControlPlaneJson.tree(changed);
    }
}
