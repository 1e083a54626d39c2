package dev.hexgate.vault.oauth;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * hexgate's OAuth 2.1 client for Hex MCP, per the MCP authorization spec. It stores nothing: every step returns a
 * value (server, registration, prepared request, tokens) for the caller to keep, and takes back what it needs.
 *
 * <p>A first authorization:
 * <pre>{@code
 * DiscoveredServer server = oauth.discover().block();                 // 401 → PRM → AS metadata, S256 checked
 * ClientRegistration client = oauth.registration(server, stored).block(); // reuses `stored` or registers (DCR)
 * PreparedAuthorization request = oauth.prepareAuthorization(server, client, state);
 * // send the user to request.authorizationUrl(); keep request.codeVerifier() with the attempt
 * String code = oauth.authorizationCode(server, state, callbackQueryParameters);
 * OAuthTokens tokens = oauth.exchangeCode(server, client, code, request.codeVerifier()).block();
 * }</pre>
 * Later: {@link #refresh} (an {@link InvalidGrantException} means the grant is gone: delete the credential),
 * {@link #revoke} when the user unlinks. All network calls are non-blocking {@link Mono}s with timeouts
 * ({@link HexOAuthProperties#connectTimeout()}, {@link HexOAuthProperties#requestTimeout()}); failures are
 * {@link OAuthClientException}s whose messages hold no secret.
 */
public final class HexOAuthClient {

    private final HexOAuthProperties settings;
    private final Clock clock;
    private final McpServerDiscovery discovery;
    private final DynamicClientRegistration registration;
    private final TokenEndpoint tokens;

    public HexOAuthClient(HexOAuthProperties settings) {
        this(settings, Clock.systemUTC());
    }

    public HexOAuthClient(HexOAuthProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        OAuthHttp http = new OAuthHttp(settings.connectTimeout(), settings.requestTimeout());
        this.discovery = new McpServerDiscovery(http, settings.mcpUrl());
        this.registration = new DynamicClientRegistration(http, clock);
        this.tokens = new TokenEndpoint(http, clock);
    }

    public HexOAuthProperties settings() {
        return settings;
    }

    // ---- discovery ----

    /**
     * Calls the MCP URL without a token, reads the {@code resource_metadata} of its 401 challenge (or, without one,
     * the RFC 9728 well-known locations: path-aware, then root), then the authorization server's metadata (RFC 8414,
     * then OpenID Connect discovery). Fails with {@link PkceNotSupportedException} for a server without S256 and
     * {@link DiscoveryException} when a document is missing or does not match.
     */
    public Mono<DiscoveredServer> discover() {
        return discovery.discover();
    }

    /** Discovery from a challenge already received on an MCP request (the 401 or 403 {@code WWW-Authenticate}). */
    public Mono<DiscoveredServer> discover(BearerChallenge challenge) {
        return discovery.discover(challenge);
    }

    // ---- registration ----

    /** Registers hexgate (RFC 7591) as a public client with the configured redirect URI and client name. */
    public Mono<ClientRegistration> register(DiscoveredServer server) {
        return registration.register(server, settings.redirectUri(), settings.clientName());
    }

    /** {@code stored} if it can be reused with this server and the configured redirect URI, else a new one. */
    public Mono<ClientRegistration> registration(DiscoveredServer server, ClientRegistration stored) {
        if (stored != null && stored.reusableFor(server, settings.redirectUri(), clock.instant())) {
            return Mono.just(stored);
        }
        return register(server);
    }

    /**
     * A client registered by hand at the authorization server (for servers without dynamic registration). With a
     * secret, it authenticates with the first of {@code client_secret_basic}, {@code client_secret_post} the server
     * supports; without, it is a public client.
     */
    public ClientRegistration preRegistered(DiscoveredServer server, String clientId, String clientSecret) {
        String method = TokenEndpointAuth.choose(null, clientSecret != null, server.tokenEndpointAuthMethods());
        return new ClientRegistration(server.issuer(), clientId,
                method.equals(ClientRegistration.AUTH_NONE) ? null : clientSecret, method, settings.redirectUri(),
                clock.instant(), null);
    }

    // ---- authorization ----

    /**
     * The authorization URL for {@code state} (the caller's unguessable, single-use value, at least 128 bits), with
     * a new PKCE S256 challenge, the resource indicator and the server's scopes.
     */
    public PreparedAuthorization prepareAuthorization(DiscoveredServer server, ClientRegistration client,
            String state) {
        return AuthorizationRequests.prepare(server, client, state);
    }

    /**
     * The authorization code from the callback's query parameters, once {@code state} and {@code iss} are checked.
     * Throws {@link AuthorizationResponseException} when the user denied, the server answered an error, or the
     * response is not the answer to this request.
     */
    public String authorizationCode(DiscoveredServer server, String expectedState, Map<String, String> parameters) {
        return AuthorizationRequests.code(server, expectedState, parameters);
    }

    /** The same, from the full redirect URL (as a headless client sees it in a {@code Location} header). */
    public String authorizationCode(DiscoveredServer server, String expectedState, URI redirect) {
        return AuthorizationRequests.code(server, expectedState, AuthorizationRequests.parameters(redirect));
    }

    // ---- tokens ----

    /** Code for tokens: {@code authorization_code} with the PKCE verifier, the redirect URI and the resource. */
    public Mono<OAuthTokens> exchangeCode(DiscoveredServer server, ClientRegistration client, String code,
            String codeVerifier) {
        return tokens.exchangeCode(server, client, code, codeVerifier);
    }

    /**
     * New tokens for {@code current}'s refresh token. Store the result in place of {@code current}: with rotating
     * refresh tokens the old one is dead, and presenting it again revokes the grant. {@link InvalidGrantException}:
     * the grant is gone (expired, revoked, replayed) — delete the credential and authorize again.
     */
    public Mono<OAuthTokens> refresh(DiscoveredServer server, ClientRegistration client, OAuthTokens current) {
        return tokens.refresh(server, client, current);
    }

    /** Revokes one token (RFC 7009), or answers {@link RevocationResult#NOT_SUPPORTED} without an endpoint. */
    public Mono<RevocationResult> revoke(DiscoveredServer server, ClientRegistration client, String token,
            TokenKind kind) {
        return tokens.revoke(server, client, token, kind);
    }

    /**
     * Revokes a user's tokens: the refresh token first (which ends the whole grant at most servers, Hex's emulator
     * included), then the access token.
     */
    public Mono<RevocationResult> revoke(DiscoveredServer server, ClientRegistration client, OAuthTokens current) {
        Mono<RevocationResult> refresh = current.hasRefreshToken()
                ? tokens.revoke(server, client, current.refreshToken(), TokenKind.REFRESH_TOKEN)
                : Mono.just(RevocationResult.REVOKED);
        return refresh.flatMap(result -> result == RevocationResult.NOT_SUPPORTED ? Mono.just(result)
                : tokens.revoke(server, client, current.accessToken(), TokenKind.ACCESS_TOKEN));
    }
}
