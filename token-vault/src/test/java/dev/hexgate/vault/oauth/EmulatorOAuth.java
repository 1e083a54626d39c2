package dev.hexgate.vault.oauth;

import dev.hexgate.testkit.emulator.HeadlessBrowser;
import dev.hexgate.testkit.emulator.SharedEmulator;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The OAuth client pointed at the shared Hex emulator's {@code /mcp}, plus a headless browser for the consent page:
 * the whole flow a user goes through, in a few calls.
 */
final class EmulatorOAuth {

    static final URI REDIRECT_URI = URI.create("http://127.0.0.1:7777/oauth/callback/mcp/hex");
    static final String PRIYA = "priya.natarajan@fernbrook.example";
    static final Duration WAIT = Duration.ofSeconds(20);

    private static final SecureRandom RANDOM = new SecureRandom();

    final String baseUrl = SharedEmulator.get().baseUrl();
    final URI mcpUrl = URI.create(baseUrl + "/mcp");
    final HexOAuthClient oauth = new HexOAuthClient(HexOAuthProperties.forMcpUrl(mcpUrl, REDIRECT_URI));
    final HeadlessBrowser browser = new HeadlessBrowser();

    DiscoveredServer discover() {
        return oauth.discover().block(WAIT);
    }

    ClientRegistration register(DiscoveredServer server) {
        return oauth.register(server).block(WAIT);
    }

    /** Discovery, registration, consent as {@code email}, code exchange. */
    SignedIn signIn(String email) {
        DiscoveredServer server = discover();
        ClientRegistration client = register(server);
        String state = newState();
        PreparedAuthorization request = oauth.prepareAuthorization(server, client, state);
        URI callback = browser.approveAs(request.authorizationUrl(), email);
        String code = oauth.authorizationCode(server, state, callback);
        OAuthTokens tokens = oauth.exchangeCode(server, client, code, request.codeVerifier()).block(WAIT);
        return new SignedIn(server, client, tokens);
    }

    /** 128 random bits, as the lead's authorization attempts will mint them. */
    static String newState() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    record SignedIn(DiscoveredServer server, ClientRegistration client, OAuthTokens tokens) {
    }
}
