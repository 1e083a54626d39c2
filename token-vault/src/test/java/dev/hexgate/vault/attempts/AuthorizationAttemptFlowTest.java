package dev.hexgate.vault.attempts;

import static dev.hexgate.vault.attempts.AttemptFlows.isEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.AuthorizationGranted;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.vault.TestVault;
import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.crypto.RandomTokens;
import dev.hexgate.vault.oauth.McpCalls;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Flow C on token-vault's side, over real HTTP with the emulator's OAuth server and a headless consent: a service
 * starts an attempt with a parked command, the user opens the start URL, consents, and the callback stores the grant
 * and publishes {@code AuthorizationGranted} (through the outbox) carrying the command. And everything that must
 * not work: replays, forgeries, expiry, a code presented with another user's state, a declined consent.
 */
class AuthorizationAttemptFlowTest extends AttemptFlowsWithEvents {

    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String GRANTED = EventType.AUTHORIZATION_GRANTED.ceType();

    @Test
    void aParkedCommandComesBackInAuthorizationGrantedOnceTheUserConsented() {
        String user = AttemptFlows.newUser();
        CommandRequested command = AttemptFlows.command(user);

        String startUrl = flows.attempt(user, "hex-mcp", command);
        assertThat(startUrl).startsWith(vault.baseUrl() + "/connect/start?attempt=");
        String startToken = startUrl.substring(startUrl.indexOf('=') + 1);
        assertThat(Base64.getUrlDecoder().decode(startToken)).hasSize(32);
        assertThat(vault.db().sql("SELECT count(*) FROM vault.authorization_attempt WHERE start_token_hash = ?")
                .param(RandomTokens.sha256(startToken)).query(Long.class).single()).as("stored hashed").isEqualTo(1);

        URI authorize = flows.authorizationUrl(startUrl);
        Map<String, String> query = params(authorize);
        assertThat(authorize.toString()).startsWith(SharedEmulator.get().baseUrl());
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("resource", flows.mcpUrl.toString())
                .containsEntry("redirect_uri", vault.baseUrl() + "/oauth/callback/mcp/hex")
                .containsKeys("state", "code_challenge", "client_id");
        assertThat(Base64.getUrlDecoder().decode(query.get("state"))).as("256-bit state").hasSize(32);

        URI callback = flows.browser.approveAs(authorize, AttemptFlows.PRIYA);
        assertThat(callback.toString()).startsWith(vault.baseUrl() + "/oauth/callback/mcp/hex?");
        HttpResponse<String> page = vault.get(callback.toString(), null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hex is connected — you can close this tab");
        HexMcpCredential stored = store.findHexMcp(user).orElseThrow().credential();
        assertThat(stored.refreshToken()).isNotBlank();
        assertThat(stored.client().clientId()).isEqualTo(query.get("client_id"));
        assertNoTokenInPlainSight(stored);

        ConsumerRecord<String, String> record = probe.awaitRecord(r -> isEvent(r, GRANTED, user), EVENT_WAIT);
        AuthorizationGranted granted = decode(record, AuthorizationGranted.class);
        assertThat(granted.provider()).isEqualTo("hex-mcp");
        assertThat(granted.parkedCommand()).isEqualTo(command);
        assertThat(record.value()).doesNotContain(stored.accessToken(), stored.refreshToken());
        AuditRecorded audit = decode(probe.awaitRecord(r -> r.topic().equals(Topics.AUDIT) && r.value().contains(user),
                EVENT_WAIT), AuditRecorded.class);
        assertThat(audit.action()).isEqualTo("credential.connected");
        assertThat(audit.targetType()).isEqualTo("credential");
        assertThat(audit.targetId()).isEqualTo("hex-mcp");
        assertThat(audit.actor()).isEqualTo(user);
        assertThat(audit.source()).isEqualTo("token-vault");
        assertThat(audit.commandId()).isEqualTo(command.commandId());

        HttpResponse<String> token = vault.get("/internal/credentials/" + user + "/hex-mcp", TestVault.SERVICE_TOKEN);
        assertThat(token.statusCode()).isEqualTo(200);
        String accessToken = TestVault.json(token).get("accessToken").asString();
        assertThat(McpCalls.toolNames(flows.mcpUrl, accessToken)).contains("create_thread", "get_thread");

        // the callback and the start URL, again: nothing happens twice
        HttpResponse<String> replayedCallback = vault.get(callback.toString(), null);
        assertThat(replayedCallback.statusCode()).isEqualTo(410);
        assertThat(replayedCallback.body()).contains("already used");
        HttpResponse<String> replayedStart = flows.open(startUrl);
        assertThat(replayedStart.statusCode()).isEqualTo(410);
        assertThat(replayedStart.body()).contains("already used");
        assertThat(store.findHexMcp(user).orElseThrow().credential().accessToken()).isEqualTo(stored.accessToken());
        assertThat(probe.collectFor(QUIET).stream().filter(r -> isEvent(r, GRANTED, user)))
                .as("exactly one AuthorizationGranted").hasSize(1);
    }

    @Test
    void aForgedStateOrAMissingOneChangesNothing() {
        String user = AttemptFlows.newUser();
        flows.authorizationUrl(flows.attempt(user, "hex-mcp", AttemptFlows.command(user)));

        for (String query : List.of("state=" + RandomTokens.newToken() + "&code=forged",
                "code=forged", "")) {
            HttpResponse<String> page = vault.get("/oauth/callback/mcp/hex?" + query, null);
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("not an answer to an authorization hexgate started");
            assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
        HttpResponse<String> forgedStart = flows.open("/connect/start?attempt=" + RandomTokens.newToken());
        assertThat(forgedStart.statusCode()).isEqualTo(400);
        assertThat(forgedStart.body()).contains("not a valid connect link");

        assertNothingFor(user);
    }

    @Test
    void anExpiredAttemptOrStateIsRefused() {
        String user = AttemptFlows.newUser();
        String startUrl = flows.attempt(user, "hex-mcp", AttemptFlows.command(user));
        vault.db().sql("UPDATE vault.authorization_attempt SET expires_at = now() - interval '1 second'"
                + " WHERE user_key = ?").param(user).update();

        HttpResponse<String> expiredStart = flows.open(startUrl);
        assertThat(expiredStart.statusCode()).isEqualTo(410);
        assertThat(expiredStart.body()).contains("has expired");

        // the user took longer than the lifetime at Hex's consent page
        URI authorize = flows.authorizationUrl(flows.attempt(user, "hex-mcp", AttemptFlows.command(user)));
        vault.db().sql("UPDATE vault.authorization_attempt SET state_expires_at = now() - interval '1 second'"
                + " WHERE user_key = ? AND state_hash IS NOT NULL").param(user).update();
        HttpResponse<String> late = vault.get(flows.browser.approveAs(authorize, AttemptFlows.PRIYA).toString(), null);
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("has expired");

        assertNothingFor(user);
    }

    @Test
    void aCodePresentedWithAnotherUsersStateIsNotExchangedForEither() {
        String alice = AttemptFlows.newUser();
        String bob = AttemptFlows.newUser();
        URI alicesRequest = flows.authorizationUrl(flows.attempt(alice, "hex-mcp", AttemptFlows.command(alice)));
        URI bobsRequest = flows.authorizationUrl(flows.attempt(bob, "hex-mcp", AttemptFlows.command(bob)));
        Map<String, String> alicesCallback = params(flows.browser.approveAs(alicesRequest, AttemptFlows.PRIYA));
        String bobsState = params(bobsRequest).get("state");

        Map<String, String> mixed = new HashMap<>(alicesCallback);
        mixed.put("state", bobsState);
        HttpResponse<String> page = vault.get("/oauth/callback/mcp/hex?" + query(mixed), null);

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("Hex did not accept the authorization").doesNotContain(mixed.get("code"));
        assertNothingFor(bob);
        assertThat(store.findHexMcp(alice)).isEmpty();
        // Bob's state is spent; Alice's own callback still completes Alice's attempt, and only hers
        assertThat(vault.get("/oauth/callback/mcp/hex?" + query(mixed), null).statusCode()).isEqualTo(410);
        assertThat(vault.get("/oauth/callback/mcp/hex?" + query(alicesCallback), null).statusCode()).isEqualTo(200);
        assertThat(store.findHexMcp(alice)).isPresent();
        assertThat(store.findHexMcp(bob)).isEmpty();
    }

    @Test
    void aDeclinedConsentStoresNothing() {
        String user = AttemptFlows.newUser();
        URI authorize = flows.authorizationUrl(flows.attempt(user, "hex-mcp", AttemptFlows.command(user)));

        HttpResponse<String> page = vault.get(flows.browser.deny(authorize).toString(), null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("You did not allow hexgate to use your Hex account");
        assertNothingFor(user);
    }

    @Test
    void aHexApiAttemptShowsThePersonalTokenPageAndCompletesLikeAGrant() {
        String user = AttemptFlows.newUser();
        CommandRequested command = AttemptFlows.command(user);
        String startUrl = flows.attempt(user, "hex-api", command);

        HttpResponse<String> form = flows.open(startUrl);
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher link = Pattern.compile("name=\"link\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(link.find()).as(form.body()).isTrue();
        String personalToken = SharedEmulator.get().workspace().personalToken(AttemptFlows.MAYA).orElseThrow()
                .token();
        HttpResponse<String> stored = vault.postForm("/connect/hex-api", "link=" + link.group(1) + "&token="
                + URLEncoder.encode(personalToken, StandardCharsets.UTF_8));

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(store.findHexApi(user).orElseThrow().credential().token()).isEqualTo(personalToken);
        AuthorizationGranted granted = awaitEvent(GRANTED, user, AuthorizationGranted.class);
        assertThat(granted.provider()).isEqualTo("hex-api");
        assertThat(granted.parkedCommand()).isEqualTo(command);
        assertThat(flows.open(startUrl).statusCode()).as("the start URL works once").isEqualTo(410);
        assertThat(vault.db().sql("SELECT outcome FROM vault.authorization_attempt WHERE user_key = ?").param(user)
                .query(String.class).single()).isEqualTo("granted");
    }

    @Test
    void attemptsAreForServicesAndForTheSameUsersCommand() {
        String user = AttemptFlows.newUser();
        String body = "{\"userKey\":\"" + user + "\",\"provider\":\"hex-mcp\"}";
        assertThat(vault.postJson("/internal/authorization-attempts", null, body).statusCode()).isEqualTo(401);
        assertThat(vault.postJson("/internal/authorization-attempts", TestVault.ADMIN_TOKEN, body).statusCode())
                .isEqualTo(401);

        String othersCommand = "{\"userKey\":\"" + user + "\",\"provider\":\"hex-mcp\",\"command\":"
                + new String(EventCodec.encode(AttemptFlows.command("slack:T1:Usomeoneelse"))) + "}";
        HttpResponse<String> mismatch = vault.postJson("/internal/authorization-attempts", TestVault.SERVICE_TOKEN,
                othersCommand);
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(TestVault.json(mismatch).get("error").asString()).isEqualTo("invalid_command");
        HttpResponse<String> provider = vault.postJson("/internal/authorization-attempts", TestVault.SERVICE_TOKEN,
                "{\"userKey\":\"" + user + "\",\"provider\":\"github\"}");
        assertThat(TestVault.json(provider).get("error").asString()).isEqualTo("unknown_provider");

        HttpResponse<String> noCommand = vault.postJson("/internal/authorization-attempts", TestVault.SERVICE_TOKEN,
                body);
        assertThat(noCommand.statusCode()).isEqualTo(201);
        JsonNode json = TestVault.json(noCommand);
        assertThat(json.get("startUrl").asString()).contains("/connect/start?attempt=");
    }

    private void assertNothingFor(String user) {
        assertThat(store.findHexMcp(user)).isEmpty();
        assertThat(store.findHexApi(user)).isEmpty();
        assertThat(probe.collectFor(QUIET).stream().filter(r -> user.equals(r.key()) || r.value().contains(user)))
                .as("no event about " + user).isEmpty();
    }

    /** Neither token appears in any column of any vault table, as text or as bytes. */
    private static void assertNoTokenInPlainSight(HexMcpCredential stored) {
        for (String table : List.of("credential", "credential_secret", "authorization_attempt", "outbox_event")) {
            String dump = vault.db().sql("SELECT string_agg(t::text, '|') FROM vault." + table + " t")
                    .query(String.class).optional().orElse("");
            assertThat(dump).as(table).doesNotContain(stored.accessToken(), stored.refreshToken());
        }
    }

    /** The query parameters, decoded. */
    static Map<String, String> params(URI uri) {
        Map<String, String> decoded = new HashMap<>();
        UriComponentsBuilder.fromUri(uri).build().getQueryParams().toSingleValueMap()
                .forEach((k, v) -> decoded.put(k, URLDecoder.decode(v, StandardCharsets.UTF_8)));
        return decoded;
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
