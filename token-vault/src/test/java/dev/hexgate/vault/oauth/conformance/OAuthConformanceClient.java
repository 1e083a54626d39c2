package dev.hexgate.vault.oauth.conformance;

import ch.qos.logback.classic.Level;
import dev.hexgate.vault.oauth.AuthorizationResponseException;
import dev.hexgate.vault.oauth.BearerChallenge;
import dev.hexgate.vault.oauth.ClientRegistration;
import dev.hexgate.vault.oauth.DiscoveredServer;
import dev.hexgate.vault.oauth.HexOAuthClient;
import dev.hexgate.vault.oauth.HexOAuthProperties;
import dev.hexgate.vault.oauth.OAuthTokens;
import dev.hexgate.vault.oauth.PreparedAuthorization;
import dev.hexgate.vault.oauth.RegistrationNotSupportedException;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * token-vault's OAuth client as an MCP client for the official conformance suite
 * ({@code @modelcontextprotocol/conformance client --suite auth}); {@code infra/conformance/oauth-client} runs it.
 * The MCP server URL is the last argument. It connects with the official MCP Java client, lists the tools and calls
 * the first one. When the server answers 401 (or 403 {@code insufficient_scope}), it authorizes with
 * {@link HexOAuthClient} — discovery from the challenge, registration, authorization URL, the redirect followed
 * headlessly (the {@code code} is read from the {@code Location} of the authorization endpoint's answer, where a
 * browser would be sent), code exchange — and starts the session again with the new token. Exit 0 on success.
 *
 * <p>{@code MCP_CONFORMANCE_CONTEXT} may carry {@code client_id}/{@code client_secret}: a client registered by hand,
 * used only when the authorization server offers no dynamic registration.
 */
public final class OAuthConformanceClient {

    /** At most this many authorizations per run: a server that keeps asking for more scope is not chased forever. */
    static final int MAX_AUTHORIZATIONS = 3;
    private static final URI REDIRECT_URI = URI.create("http://localhost:3000/oauth/callback");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI mcpUrl;
    private final JsonNode context;
    private final HexOAuthClient oauth;
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<String> accessToken = new AtomicReference<>();
    private final AtomicInteger authorizations = new AtomicInteger();
    private DiscoveredServer server;
    private ClientRegistration registration;
    private List<String> granted = List.of();

    OAuthConformanceClient(URI mcpUrl, JsonNode context) {
        this.mcpUrl = mcpUrl;
        this.context = context;
        this.oauth = new HexOAuthClient(HexOAuthProperties.forMcpUrl(mcpUrl, REDIRECT_URI)
                .withClientName("hexgate-conformance"));
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: OAuthConformanceClient <mcp-server-url>");
            System.exit(2);
        }
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        String context = System.getenv("MCP_CONFORMANCE_CONTEXT");
        JsonNode contextJson = JsonMapper.builder().build().readTree(context == null ? "{}" : context);
        System.exit(new OAuthConformanceClient(URI.create(args[args.length - 1]), contextJson).run());
    }

    /**
     * Runs the session; when it fails on a 401 or a 403 {@code insufficient_scope}, authorizes and runs it again
     * from the start with the new token, at most {@link #MAX_AUTHORIZATIONS} times.
     */
    int run() {
        while (true) {
            try {
                session();
                return 0;
            } catch (RuntimeException e) {
                McpHttpClientTransportAuthorizationException refused = authorizationFailure(e);
                if (refused == null || !authorize(refused.getResponseInfo())) {
                    System.err.println("conformance client failed: " + e);
                    return 1;
                }
            }
        }
    }

    private void session() {
        String token = accessToken.get();
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
                        .builder(mcpUrl.getScheme() + "://" + mcpUrl.getRawAuthority())
                        .endpoint(mcpUrl.getRawPath())
                        .httpRequestCustomizer((request, method, endpoint, body, transportContext) -> {
                            if (token != null) {
                                request.header("Authorization", "Bearer " + token);
                            }
                        })
                        .build())
                .clientInfo(McpSchema.Implementation.builder("hexgate-oauth-conformance", "1").build())
                .requestTimeout(TIMEOUT)
                .build();
        try {
            client.initialize();
            List<McpSchema.Tool> tools = client.listTools().tools();
            say("tools: " + tools.stream().map(McpSchema.Tool::name).toList());
            if (!tools.isEmpty()) {
                McpSchema.CallToolResult result = client.callTool(
                        McpSchema.CallToolRequest.builder(tools.get(0).name()).arguments(Map.of()).build());
                say("called " + tools.get(0).name() + ": isError=" + result.isError());
            }
        } finally {
            client.closeGracefully();
        }
    }

    /** The transport's 401/403 in an MCP client failure's causes, if that is what it was. */
    private static McpHttpClientTransportAuthorizationException authorizationFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof McpHttpClientTransportAuthorizationException refused) {
                return refused;
            }
        }
        return null;
    }

    private boolean authorize(HttpResponse.ResponseInfo response) {
        BearerChallenge challenge = BearerChallenge.parse(
                response.headers().firstValue("WWW-Authenticate").orElse(null)).orElse(BearerChallenge.NONE);
        if (response.statusCode() == 403 && !challenge.insufficientScope()) {
            return false;
        }
        if (response.statusCode() == 403 && granted.containsAll(challenge.scopes())) {
            say("the server asks for scopes already granted; authorizing again would not help");
            return false;
        }
        if (authorizations.incrementAndGet() > MAX_AUTHORIZATIONS) {
            say("giving up after " + MAX_AUTHORIZATIONS + " authorizations");
            return false;
        }
        server = server == null ? oauth.discover(challenge).block(TIMEOUT) : server.withChallengedScopes(challenge);
        say("authorization server " + server.issuer() + ", scopes " + server.scopes());
        registration = registration(server);
        String state = newState();
        PreparedAuthorization request = oauth.prepareAuthorization(server, registration, state);
        String code = oauth.authorizationCode(server, state, followAuthorization(request.authorizationUrl()));
        OAuthTokens tokens = oauth.exchangeCode(server, registration, code, request.codeVerifier()).block(TIMEOUT);
        accessToken.set(tokens.accessToken());
        granted = tokens.scopes();
        say("authorized (" + registration.tokenEndpointAuthMethod() + "), granted " + tokens.scopes());
        return true;
    }

    private ClientRegistration registration(DiscoveredServer discovered) {
        try {
            return oauth.registration(discovered, registration).block(TIMEOUT);
        } catch (RegistrationNotSupportedException e) {
            String clientId = context.path("client_id").asString(null);
            if (clientId == null) {
                throw e;
            }
            say("no dynamic registration; using the pre-registered client");
            return oauth.preRegistered(discovered, clientId, context.path("client_secret").asString(null));
        }
    }

    /** The user's browser, minus the user: the authorization endpoint's redirect is where the code is. */
    private URI followAuthorization(URI authorizationUrl) {
        try {
            HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(authorizationUrl).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.headers().firstValue("Location").map(authorizationUrl::resolve)
                    .orElseThrow(() -> new AuthorizationResponseException("invalid_response",
                            "The authorization endpoint answered HTTP " + answer.statusCode() + " without a redirect"));
        } catch (IOException e) {
            throw new IllegalStateException("The authorization endpoint did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String newState() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void say(String line) {
        System.err.println("[oauth-client] " + line);
    }
}
