package dev.hexgate.emulator;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.emulator}.
 *
 * @param controlPlaneEnabled whether the unauthenticated {@code /_emulator/**} routes exist; off by default so a
 *     stray emulator never hands out its tokens
 * @param publicUrl the base URL clients use to reach the emulator; absolute URLs the emulator hands out
 *     (run URLs, next-page links in later slices) are built from it
 */
@ConfigurationProperties(prefix = "hexgate.emulator")
public record EmulatorProperties(
        @DefaultValue("false") boolean controlPlaneEnabled,
        @DefaultValue("http://localhost:8090") URI publicUrl) {

    /** The REST base clients configure, e.g. {@code http://localhost:8090/api/v1}. */
    public URI apiBaseUrl() {
        String base = publicUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v1");
    }
}
