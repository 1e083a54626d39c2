package dev.hexgate.hexapi;

import dev.hexgate.testkit.emulator.SharedEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP to the shared emulator, for what a test does behind hex-api-service's back. Fails on non-2xx. */
final class EmulatorHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EmulatorHttp() {
    }

    /** Hex's REST API as the holder of {@code token}. */
    static String hex(String token, String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(SharedEmulator.get().baseUrl() + path))
                .header("Authorization", "Bearer " + token), method, json);
    }

    /** The emulator's control plane ({@code /_emulator/…}). */
    static String control(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(SharedEmulator.get().baseUrl() + path)), method, json);
    }

    private static String send(HttpRequest.Builder request, String method, String json) {
        request.header("Content-Type", "application/json").method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + request.build().uri().getPath() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
