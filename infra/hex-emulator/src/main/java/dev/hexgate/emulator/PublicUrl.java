package dev.hexgate.emulator;

import java.net.URI;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The base of every absolute URL the emulator hands out (run and paging links, thread links, the OAuth issuer and
 * the MCP resource). Usually {@code hexgate.emulator.public-url}; but tests and the testkit start the emulator on
 * port 0, and a URL naming port 0 is useless to a client that follows it, so once the server is listening a
 * configured port 0 is replaced by the real one. Read it per use, never cache it at construction.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

    private volatile String base;

    public PublicUrl(EmulatorProperties properties) {
        this.base = withoutTrailingSlash(properties.publicUrl().toString());
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        boolean mainServer = event.getApplicationContext().getServerNamespace() == null;
        URI configured = URI.create(base);
        if (mainServer && configured.getPort() == 0) {
            base = withoutTrailingSlash(UriComponentsBuilder.fromUri(configured)
                    .port(event.getWebServer().getPort()).build().toUriString());
        }
    }

    /** E.g. {@code http://localhost:8090}, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The REST base clients configure, e.g. {@code http://localhost:8090/api/v1}. */
    public String apiBaseUrl() {
        return base + "/api/v1";
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
