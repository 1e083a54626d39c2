package dev.hexgate.emulator.oauth;

import static dev.hexgate.emulator.oauth.OAuthTestClient.ALL_SCOPES;
import static dev.hexgate.emulator.oauth.OAuthTestClient.REDIRECT_URI;
import static dev.hexgate.emulator.oauth.OAuthTestClient.assertOAuthError;
import static dev.hexgate.emulator.oauth.OAuthTestClient.authorizeParams;
import static dev.hexgate.emulator.oauth.OAuthTestClient.json;
import static dev.hexgate.emulator.oauth.OAuthTestClient.query;
import static dev.hexgate.emulator.oauth.OAuthTestClient.redirectOf;
import static dev.hexgate.emulator.oauth.OAuthTestClient.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.mcpauth.McpTokenVerifier;
import dev.hexgate.emulator.oauth.OAuthTestClient.PkcePair;
import dev.hexgate.emulator.state.Resettable;
import dev.hexgate.emulator.workspace.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Headless OAuth: auto-approve configured through its property, and expiry driven by a settable clock instead of
 * waiting. A context of its own, because both change how every authorization behaves.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=hex-emulator",
                "hexgate.emulator.oauth.auto-approve-user=priya.natarajan@fernbrook.example"})
@AutoConfigureWebTestClient
class AutoApproveAndExpiryTest {

    private static final String PRIYA = "priya.natarajan@fernbrook.example";

    @Autowired
    private WebTestClient client;

    @Autowired
    private SettableClock clock;

    @Autowired
    private McpTokenVerifier verifier;

    @Autowired
    private List<Resettable> resettables;

    private OAuthTestClient oauth;
    private String clientId;
    private PkcePair pkce;

    @BeforeEach
    void setUp() {
        oauth = new OAuthTestClient(client);
        clientId = oauth.registerPublicClient(REDIRECT_URI);
        pkce = PkcePair.create();
    }

    @Test
    void authorizeRedirectsStraightBackAsTheConfiguredUser() {
        Map<String, String> params = query(redirectOf(oauth.authorize(
                authorizeParams(clientId, pkce, "headless", ALL_SCOPES))));

        assertThat(params).containsKey("code").containsEntry("state", "headless");
        JsonNode tokens = json(oauth.exchangeCode(clientId, params.get("code"), pkce.verifier()), HttpStatus.OK);
        assertThat(verifier.verify(tokens.get("access_token").asString())).map(User::email).hasValue(PRIYA);
    }

    @Test
    void promptNoneIsApproved() {
        Map<String, String> request = authorizeParams(clientId, pkce, "s", "openid");
        request.put("prompt", "none");

        assertThat(query(redirectOf(oauth.authorize(request)))).containsKey("code");
    }

    @Test
    void promptConsentStillShowsThePage() {
        Map<String, String> request = authorizeParams(clientId, pkce, "s", "openid");
        request.put("prompt", "consent");

        String page = oauth.consentPage(request);

        assertThat(query(redirectOf(oauth.decide(requestId(page), "maya.okafor@fernbrook.example", "approve"))))
                .containsKey("code");
    }

    @Test
    void accessTokenStopsWorkingWhenItExpires() {
        JsonNode tokens = signIn();
        String access = tokens.get("access_token").asString();

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        oauth.callMcp(access).expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        clock.advance(Duration.ofSeconds(1));
        oauth.callMcp(access).expectStatus().isUnauthorized();

        String renewed = json(oauth.refresh(clientId, tokens.get("refresh_token").asString()), HttpStatus.OK)
                .get("access_token").asString();
        oauth.callMcp(renewed).expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
    }

    @Test
    void authorizationCodeExpiresAfterSixtySeconds() {
        String code = code();

        clock.advance(Duration.ofSeconds(60));

        assertOAuthError(oauth.exchangeCode(clientId, code, pkce.verifier()), HttpStatus.BAD_REQUEST,
                "invalid_grant");
    }

    @Test
    void refreshTokenExpiresAfterThirtyDays() {
        JsonNode tokens = signIn();

        clock.advance(Duration.ofDays(30));

        assertOAuthError(oauth.refresh(clientId, tokens.get("refresh_token").asString()), HttpStatus.BAD_REQUEST,
                "invalid_grant");
    }

    @Test
    void consentPageExpires() {
        Map<String, String> request = authorizeParams(clientId, pkce, "s", "openid");
        request.put("prompt", "consent");
        String requestId = requestId(oauth.consentPage(request));

        clock.advance(Duration.ofMinutes(10));

        oauth.decide(requestId, PRIYA, "approve").expectStatus().isBadRequest();
    }

    @Test
    void resetForgetsClientsCodesAndTokensButKeepsTheConfiguration() {
        JsonNode tokens = signIn();
        String pendingCode = code();

        resettables.forEach(Resettable::reset);

        oauth.callMcp(tokens.get("access_token").asString()).expectStatus().isUnauthorized();
        assertOAuthError(oauth.refresh(clientId, tokens.get("refresh_token").asString()), HttpStatus.BAD_REQUEST,
                "invalid_client");
        String newClient = oauth.registerPublicClient(REDIRECT_URI);
        assertOAuthError(oauth.exchangeCode(newClient, pendingCode, pkce.verifier()), HttpStatus.BAD_REQUEST,
                "invalid_grant");
        assertThat(query(redirectOf(oauth.authorize(authorizeParams(newClient, pkce, "s", "openid")))))
                .containsKey("code");
    }

    private String code() {
        return query(redirectOf(oauth.authorize(authorizeParams(clientId, pkce, "s", ALL_SCOPES)))).get("code");
    }

    private JsonNode signIn() {
        return json(oauth.exchangeCode(clientId, code(), pkce.verifier()), HttpStatus.OK);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfiguration {
        // Primary: stands in for the emulator's own clock here, so expiry boundaries are exact to the second.
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    /** A clock that only moves when a test moves it. */
    static final class SettableClock extends Clock {
        private final AtomicReference<Instant> now;

        SettableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(t -> t.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
