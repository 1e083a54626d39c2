package dev.hexgate.testkit.emulator;

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

/**
 * Plain HTTP to an emulator, for what a test does behind the system's back: Hex's REST API as some token's
 * holder, and the control plane ({@code /_emulator/…}: faults, the request log, timings). Every call fails on a
 * non-2xx answer, naming the method, path and status.
 */
public final class EmulatorHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;

    public EmulatorHttp(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The testkit's shared emulator ({@link SharedEmulator}). */
    public static EmulatorHttp shared() {
        return new EmulatorHttp(SharedEmulator.get().baseUrl());
    }

    /** Hex's REST API as the holder of {@code token}; answers the body. */
    public String hex(String token, String method, String path, String json) {
        return send(request(path).header("Authorization", "Bearer " + token), method, json);
    }

    /** The control plane; answers the body. */
    public String control(String method, String path, String json) {
        return send(request(path), method, json);
    }

    /** How many requests for Hex's {@code operationId} the request log holds since {@code since}. */
    public int requests(String operationId, Instant since) {
        return JsonMapper.shared().readTree(control("GET", "/_emulator/requests?operationId="
                + URLEncoder.encode(operationId, StandardCharsets.UTF_8) + "&since=" + since + "&limit=1000", null))
                .path("requests").size();
    }

    /**
     * Revokes (RFC 7009, as a user does in Hex's settings) the OAuth access token the emulator issued last for
     * {@code email}: the one a sign-in just stored. Answers nothing; fails when there is no such token.
     */
    public void revokeNewestAccessTokenOf(String email) {
        JsonNode newest = null;
        for (JsonNode token : JsonMapper.shared().readTree(control("GET", "/_emulator/tokens", null)).path("tokens")) {
            if ("oauth-access".equals(token.path("kind").asString()) && email.equals(token.path("user").asString())) {
                newest = token;
            }
        }
        if (newest == null) {
            throw new IllegalStateException("the emulator issued no OAuth access token for " + email);
        }
        String form = "token=" + URLEncoder.encode(newest.path("token").asString(), StandardCharsets.UTF_8)
                + "&client_id=" + URLEncoder.encode(newest.path("clientId").asString(), StandardCharsets.UTF_8);
        send(request("/oauth2/revoke"), "POST", form, "application/x-www-form-urlencoded");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path));
    }

    private static String send(HttpRequest.Builder builder, String method, String json) {
        return send(builder, method, json, "application/json");
    }

    private static String send(HttpRequest.Builder builder, String method, String json, String contentType) {
        HttpRequest request = builder.header("Content-Type", contentType).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + request.uri().getPath() + " answered "
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
