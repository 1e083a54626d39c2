package dev.hexgate.hexclient.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The emulator's control plane, for faults and the request log. */
final class EmulatorControl {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;

    EmulatorControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void fault(String json) {
        call("POST", "/_emulator/faults", json);
    }

    void clearFaults() {
        call("DELETE", "/_emulator/faults", null);
    }

    /** How many requests for {@code operationId} arrived at or after {@code since}. */
    int requests(String operationId, Instant since) {
        JsonNode answer = JsonMapper.shared().readTree(call("GET", "/_emulator/requests?operationId="
                + URLEncoder.encode(operationId, StandardCharsets.UTF_8) + "&since=" + since + "&limit=1000", null));
        return answer.path("requests").size();
    }

    private String call(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
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
