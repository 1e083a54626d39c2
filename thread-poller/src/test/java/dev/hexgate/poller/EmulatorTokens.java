package dev.hexgate.poller;

import dev.hexgate.testkit.emulator.HeadlessBrowser;
import dev.hexgate.testkit.emulator.SharedEmulator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Hex MCP access token from the shared emulator's OAuth server, the way a user gets one: dynamic
 * registration, PKCE, the consent page (headless) approved as a seeded user, code exchange.
 */
public final class EmulatorTokens {

    public static final String PRIYA = "priya.natarajan@fernbrook.example";
    private static final String REDIRECT = "http://127.0.0.1:7777/oauth/callback/mcp/hex";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmulatorTokens() {
    }

    public static String mcpUrl() {
        return SharedEmulator.get().baseUrl() + "/mcp";
    }

    public static String accessToken(String email) {
        return accessToken(SharedEmulator.get().baseUrl(), email);
    }

    /** The same from the emulator at {@code base} (e.g. one of {@code SharedEmulator.withSettings(..)}). */
    public static String accessToken(String base, String email) {
        JsonNode client = post(base + "/oauth2/register", "application/json", """
                {"client_name":"thread-poller-test","redirect_uris":["%s"],
                 "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                 "token_endpoint_auth_method":"none"}""".formatted(REDIRECT));
        String clientId = client.get("client_id").asString();
        String verifier = random(48);
        String challenge = base64(sha256(verifier));
        String state = random(16);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", REDIRECT);
        query.put("state", state);
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        query.put("scope", "openid profile email offline_access");
        query.put("resource", base + "/mcp");
        URI authorize = URI.create(base + "/oauth2/authorize?" + form(query));
        URI callback = new HeadlessBrowser().approveAs(authorize, email);
        String code = callback.getQuery().split("code=")[1].split("&")[0];
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("client_id", clientId);
        exchange.put("code", URLDecoding.decode(code));
        exchange.put("code_verifier", verifier);
        exchange.put("redirect_uri", REDIRECT);
        exchange.put("resource", base + "/mcp");
        return post(base + "/oauth2/token", "application/x-www-form-urlencoded", form(exchange))
                .get("access_token").asString();
    }

    private static JsonNode post(String url, String contentType, String body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JsonMapper.shared().readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return base64(value);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String base64(byte[] value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static final class URLDecoding {
        static String decode(String value) {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
    }
}
