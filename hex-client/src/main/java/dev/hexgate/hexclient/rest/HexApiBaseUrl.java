package dev.hexgate.hexclient.rest;

import java.net.URI;

/**
 * Hex clients disagree on where {@code /v1} lives (host, host/api, host/api/v1). We accept all three and always
 * talk to {@code <host>/api/v1}, so a configuration copied from any of them works.
 */
public final class HexApiBaseUrl {

    private HexApiBaseUrl() {
    }

    public static String normalise(URI configured) {
        String url = configured.toString();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.endsWith("/api/v1")) {
            return url;
        }
        if (url.endsWith("/api")) {
            return url + "/v1";
        }
        return url + "/api/v1";
    }
}
