package dev.hexgate.emulator;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.emulator}.
 *
 * @param controlPlaneEnabled whether the unauthenticated {@code /_emulator/**} routes exist; off by default so a
 *     stray emulator never hands out its tokens
 * @param publicUrl the base URL clients use to reach the emulator (env {@code HEX_EMULATOR_PUBLIC_URL}); read it
 *     through {@link PublicUrl}, which fills in the real port when this names port 0. Absolute URLs the emulator hands out
 *     (run URLs, next-page links in later slices) are built from it
 */
@ConfigurationProperties(prefix = "hexgate.emulator")
public record EmulatorProperties(
        @DefaultValue("false") boolean controlPlaneEnabled,
        @DefaultValue("http://localhost:8090") URI publicUrl) {
}
