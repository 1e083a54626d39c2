package dev.hexgate.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

/**
 * Drives the emulator's OAuth endpoints the way an MCP client and a user's browser would, over real HTTP. PKCE is
 * computed here independently of the server's code. Public so other features' tests can sign fixture users in with
 * real tokens ({@link #signIn}) instead of stubbing the token verifier.
 */
public final class OAuthTestClient {

    public static final String REDIRECT_URI = "http://localhost:9876/oauth/callback";
    static final String ALL_SCOPES = "openid profile email offline_access";
    private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebTestClient client;

    public OAuthTestClient(WebTestClient client) {
        this.client = client;
    }

    WebTestClient web() {
        return client;
    }

    // ---- registration ----

    WebTestClient.ResponseSpec register(String json) {
        return client.post().uri("/oauth2/register").contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                .exchange();
    }

    /** Registers a public client the way Junior does and returns its client_id. */
    String registerPublicClient(String redirectUri) {
        JsonNode body = register("""
                {"client_name": "Test MCP client", "redirect_uris": ["%s"],
                 "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
                 "token_endpoint_auth_method": "none"}""".formatted(redirectUri))
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body.get("client_id").asString();
    }

    // ---- authorization ----

    WebTestClient.ResponseSpec authorize(Map<String, String> params) {
        return client.get().uri(builder -> {
            builder.path("/oauth2/authorize");
            Map<String, String> vars = new LinkedHashMap<>();
            params.forEach((name, value) -> {
                builder.queryParam(name, "{" + name + "}");
                vars.put(name, value);
            });
            return builder.build(vars);
        }).exchange();
    }

    /** The parameters of a valid request; callers remove or replace entries to break it. */
    static Map<String, String> authorizeParams(String clientId, PkcePair pkce, String state, String scope) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", REDIRECT_URI);
        params.put("state", state);
        params.put("code_challenge", pkce.challenge());
        params.put("code_challenge_method", "S256");
        params.put("scope", scope);
        return params;
    }

    /** Asks for authorization and returns the consent page's HTML. */
    String consentPage(Map<String, String> params) {
        String html = authorize(params).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).isNotNull();
        return html;
    }

    static String requestId(String consentPage) {
        Matcher m = REQUEST_ID.matcher(consentPage);
        assertThat(m.find()).as("consent page has a request_id field").isTrue();
        return m.group(1);
    }

    WebTestClient.ResponseSpec decide(String requestId, String userEmail, String decision) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("request_id", requestId);
        if (userEmail != null) {
            form.add("user", userEmail);
        }
        form.add("decision", decision);
        return client.post().uri("/oauth2/authorize/decision").body(BodyInserters.fromFormData(form)).exchange();
    }

    /** The redirect a response sends the browser to; fails unless it is a 302 with a Location. */
    static URI redirectOf(WebTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectStatus().isEqualTo(HttpStatus.FOUND)
                .expectBody().returnResult();
        URI location = result.getResponseHeaders().getLocation();
        assertThat(location).as("Location").isNotNull();
        return location;
    }

    /** The decoded query parameters of a URI (the authorization response in a redirect). */
    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** Consent page, approve as {@code userEmail}, and return the code from the redirect. */
    String authorizeAndApprove(String clientId, PkcePair pkce, String userEmail, String scope) {
        String page = consentPage(authorizeParams(clientId, pkce, "st-" + clientId, scope));
        URI callback = redirectOf(decide(requestId(page), userEmail, "approve"));
        Map<String, String> params = query(callback);
        assertThat(params).containsEntry("state", "st-" + clientId).containsKey("code");
        return params.get("code");
    }

    // ---- tokens ----

    WebTestClient.ResponseSpec token(String... nameValues) {
        return client.post().uri("/oauth2/token").body(BodyInserters.fromFormData(form(nameValues))).exchange();
    }

    WebTestClient.ResponseSpec exchangeCode(String clientId, String code, String verifier) {
        return token("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "code_verifier", verifier, "redirect_uri", REDIRECT_URI);
    }

    WebTestClient.ResponseSpec refresh(String clientId, String refreshToken) {
        return token("grant_type", "refresh_token", "client_id", clientId, "refresh_token", refreshToken);
    }

    WebTestClient.ResponseSpec revoke(String... nameValues) {
        return client.post().uri("/oauth2/revoke").body(BodyInserters.fromFormData(form(nameValues))).exchange();
    }

    static JsonNode json(WebTestClient.ResponseSpec response, HttpStatus status) {
        JsonNode body = response.expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    /** Asserts an RFC 6749 error body with the given {@code error} code. */
    static void assertOAuthError(WebTestClient.ResponseSpec response, HttpStatus status, String error) {
        JsonNode body = json(response, status);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("error", "error_description");
        assertThat(body.get("error").asString()).isEqualTo(error);
        assertThat(body.get("error_description").asString()).isNotBlank();
    }

    /** Registers, authorizes as {@code userEmail} through the consent page and exchanges the code. */
    public Tokens signIn(String userEmail, String scope) {
        String clientId = registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        String code = authorizeAndApprove(clientId, pkce, userEmail, scope);
        JsonNode body = json(exchangeCode(clientId, code, pkce.verifier()), HttpStatus.OK);
        return new Tokens(clientId, body.get("access_token").asString(),
                body.has("refresh_token") ? body.get("refresh_token").asString() : null);
    }

    WebTestClient.ResponseSpec callMcp(String accessToken) {
        WebTestClient.RequestHeadersSpec<?> request = client.post().uri("/mcp")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT, "application/json, text/event-stream")
                .bodyValue("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
        if (accessToken != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        }
        return request.exchange();
    }

    private static MultiValueMap<String, String> form(String... nameValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.add(nameValues[i], nameValues[i + 1]);
        }
        return form;
    }

    public record Tokens(String clientId, String accessToken, String refreshToken) {
    }

    /** A PKCE pair: 32 random bytes as the verifier, BASE64URL(SHA-256(verifier)) as the challenge. */
    public record PkcePair(String verifier, String challenge) {
        public static PkcePair create() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new PkcePair(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
