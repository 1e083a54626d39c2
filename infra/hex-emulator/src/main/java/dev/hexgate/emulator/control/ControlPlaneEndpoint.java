package dev.hexgate.emulator.control;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller serving {@code /_emulator/**}. Such controllers also carry
 * {@code @ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")}, so they only exist with the
 * control plane on; the marker lets {@link ControlPlaneErrors} answer their bad input with the control plane's own
 * error body (never a Hex-shaped one: these routes are not part of Hex).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ControlPlaneEndpoint {
}
