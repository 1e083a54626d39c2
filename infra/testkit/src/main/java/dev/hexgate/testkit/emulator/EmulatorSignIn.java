package dev.hexgate.testkit.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real OAuth access token for the emulator's {@code /mcp}, obtained the way a user's client gets one: dynamic
 * registration as a public client, an authorization request with PKCE (S256) and {@code resource}, the consent page
 * approved as a seeded user by the testkit's headless browser, and the code exchanged at the token endpoint. Plain
 * HTTP, so tests that only need a token (hex-client's, thread-poller's) need no OAuth library; token-vault owns the
 * real OAuth client and tests it on its own.
 */
public final class EmulatorSignIn {

    private static final URI REDIRECT = URI.create("http://127.0.0.1:7779/callback");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EmulatorSignIn() {
    }

    /** An access token for {@code email}, a seeded user of the emulator at {@code baseUrl}. */
    public static String accessToken(String baseUrl, String email) {
        String resource = baseUrl + "/mcp";
        JsonNode client = JSON.readTree(post(baseUrl + "/oauth2/register", "application/json", """
                {"client_name":"hexgate-test","redirect_uris":["%s"],
                 "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                 "token_endpoint_auth_method":"none"}""".formatted(REDIRECT)));
        String clientId = client.get("client_id").asString();
        String verifier = random();
        String state = random();
        URI authorize = URI.create(baseUrl + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", REDIRECT.toString(),
                "state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256",
                "scope", "openid profile email offline_access", "resource", resource)));
        URI callback = new HeadlessBrowser().approveAs(authorize, email);
        Map<String, String> answer = query(callback);
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new AssertionError("unexpected callback " + callback.getPath());
        }
        JsonNode tokens = JSON.readTree(post(baseUrl + "/oauth2/token", "application/x-www-form-urlencoded",
                form(Map.of("grant_type", "authorization_code", "client_id", clientId, "code", answer.get("code"),
                        "code_verifier", verifier, "redirect_uri", REDIRECT.toString(), "resource", resource))));
        return tokens.get("access_token").asString();
    }

    private static String post(String url, String contentType, String body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", contentType).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(url + ": HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
