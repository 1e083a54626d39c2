package dev.hexgate.emulator.control;

import dev.hexgate.emulator.state.Resettable;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /_emulator/reset}: puts every piece of mutable emulator state back to its seeded form — stores,
 * timings, fault rules, rate-limit windows and settings, the request log, the clock offset — by calling every
 * {@link Resettable} bean, so new features are covered without touching this class.
 */
@RestController
@ControlPlaneEndpoint
@ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")
class ResetController {

    private final ObjectProvider<Resettable> resettables;

    ResetController(ObjectProvider<Resettable> resettables) {
        this.resettables = resettables;
    }

    @PostMapping("/_emulator/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset() {
        List<Resettable> all = resettables.orderedStream().toList();
        all.forEach(Resettable::reset);
    }
}
