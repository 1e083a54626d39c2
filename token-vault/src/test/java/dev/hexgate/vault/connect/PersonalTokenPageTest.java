package dev.hexgate.vault.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.vault.TestVault;
import dev.hexgate.vault.credentials.CredentialStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The personal-token page over real HTTP, with the Hex emulator checking tokens ({@code GET /v1/users/me}): links
 * are minted through the internal API as a service would, and what got stored is read back through it too.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalTokenPageTest {

    private static final Pattern HIDDEN_LINK = Pattern.compile("name=\"link\" value=\"([^\"]+)\"");

    private static TestVault vault;
    private static String mayasToken;
    private static String danielsToken;

    @BeforeAll
    static void start() {
        vault = TestVault.start(Map.of());
        mayasToken = SharedEmulator.get().workspace().personalToken("maya.okafor@fernbrook.example").orElseThrow()
                .token();
        danielsToken = SharedEmulator.get().workspace().personalToken("daniel.reyes@fernbrook.example")
                .orElseThrow().token();
    }

    @AfterAll
    static void stop() {
        vault.close();
    }

    @Test
    void storesAPersonalTokenHexAccepts(CapturedOutput output) {
        String user = user();
        URI url = mint(user);
        assertThat(url.getPath()).isEqualTo("/connect/hex-api");
        assertThat(url.toString()).startsWith(vault.baseUrl());

        HttpResponse<String> page = TestVault.sendTo(url, "GET", null, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body()).contains("<form method=\"post\"").contains(user).contains("type=\"password\"")
                .doesNotContain("<script");
        String link = hiddenLink(page);
        assertThat(link).isEqualTo(linkOf(url));

        HttpResponse<String> stored = submit(link, mayasToken);

        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).contains("Your Hex API token is stored").contains("maya.okafor@fernbrook.example")
                .contains("You can close this tab").doesNotContain(mayasToken);
        assertThat(credential(user)).isEqualTo(mayasToken);
        assertThat(vault.bean(CredentialStore.class).findHexApi(user).orElseThrow().credential().hexUserEmail())
                .isEqualTo("maya.okafor@fernbrook.example");
        assertThat(output.getAll()).contains("stored a Hex API token for user " + user).doesNotContain(mayasToken)
                .doesNotContain(link);
    }

    @Test
    void aTokenHexRefusesIsNotStoredAndTheUserMayTryAgainWithAFreshLink() {
        String user = user();
        String link = linkOf(mint(user));

        HttpResponse<String> refused = submit(link, "hxtp_not_a_real_token_" + UUID.randomUUID());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Hex refused this token").contains("HTTP 401")
                .contains("Nothing was stored").doesNotContain("hxtp_not_a_real_token");
        assertThat(vault.get("/internal/credentials/" + user + "/hex-api", TestVault.SERVICE_TOKEN).statusCode())
                .isEqualTo(404);
        String fresh = hiddenLink(refused);
        assertThat(fresh).isNotEqualTo(link);
        assertThat(submit(link, mayasToken).statusCode()).as("the first link is spent").isEqualTo(410);
        assertThat(credentialStatus(user)).isEqualTo(404);

        assertThat(submit(fresh, mayasToken).statusCode()).isEqualTo(200);
        assertThat(credential(user)).isEqualTo(mayasToken);
    }

    @Test
    void aWorkspaceTokenIsNotTakenForAPersonalOne() {
        String user = user();

        HttpResponse<String> answer = submit(linkOf(mint(user)), SharedEmulator.get().workspaceToken());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("belongs to the workspace");
        assertThat(credentialStatus(user)).isEqualTo(404);
    }

    @Test
    void aReplayedLinkIsRefusedAndChangesNothing() {
        String user = user();
        String link = linkOf(mint(user));
        assertThat(submit(link, mayasToken).statusCode()).isEqualTo(200);

        HttpResponse<String> replayed = submit(link, danielsToken);

        assertThat(replayed.statusCode()).isEqualTo(410);
        assertThat(replayed.body()).contains("already used").contains("Nothing was changed");
        assertThat(credential(user)).isEqualTo(mayasToken);
        HttpResponse<String> page = vault.get("/connect/hex-api?link=" + link, null);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).doesNotContain("<form");
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() {
        String user = user();
        String link = linkOf(mint(user));
        vault.db().sql("UPDATE vault.connect_link SET expires_at = now() - interval '1 second' WHERE user_key = ?")
                .param(user).update();

        HttpResponse<String> page = vault.get("/connect/hex-api?link=" + link, null);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link has expired").doesNotContain("<form");

        HttpResponse<String> posted = submit(link, mayasToken);
        assertThat(posted.statusCode()).isEqualTo(410);
        assertThat(posted.body()).contains("expired");
        assertThat(credentialStatus(user)).isEqualTo(404);
    }

    @Test
    void aForgedLinkIsRefusedAndChangesNothing() {
        String forged = "Zm9yZ2VkLWxpbmstdGhhdC1ub2JvZHktbWludGVk" + UUID.randomUUID();
        long linksBefore = links();
        long credentialsBefore = credentials();

        HttpResponse<String> page = vault.get("/connect/hex-api?link=" + forged, null);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("This is not a valid connect link").doesNotContain("<form");
        assertThat(vault.get("/connect/hex-api", null).statusCode()).isEqualTo(400);

        assertThat(submit(forged, mayasToken).statusCode()).isEqualTo(400);
        assertThat(vault.postForm("/connect/hex-api", "token=" + mayasToken).statusCode())
                .as("no link at all (a cross-site form post)").isEqualTo(400);
        assertThat(credentials()).isEqualTo(credentialsBefore);
        assertThat(links()).isEqualTo(linksBefore);
    }

    @Test
    void whenHexCannotBeReachedNothingIsStoredAndTheUserMayTryAgain(CapturedOutput output) {
        String user = user();
        String link = linkOf(mint(user));
        String fault = emulatorControl("POST", "/_emulator/faults", "{\"method\":\"GET\",\"path\":\"/api/v1/users/me\","
                + "\"token\":\"" + danielsToken + "\",\"drop\":true,\"times\":1}");
        try {
            HttpResponse<String> unreachable = submit(link, danielsToken);

            assertThat(unreachable.statusCode()).isEqualTo(502);
            assertThat(unreachable.body()).contains("Hex could not be reached").contains("not stored");
            assertThat(credentialStatus(user)).isEqualTo(404);

            assertThat(submit(hiddenLink(unreachable), danielsToken).statusCode()).isEqualTo(200);
            assertThat(credential(user)).isEqualTo(danielsToken);
            assertThat(output.getAll()).contains("could not check an API token with Hex for user " + user)
                    .doesNotContain(danielsToken);
        } finally {
            emulatorControl("DELETE", "/_emulator/faults/" + JsonMapper.shared().readTree(fault).get("id").asString(), null);
        }
    }

    @Test
    void linksAreMintedOnlyForServicesAndOnlyForTheApiToken() {
        String user = user();
        assertThat(vault.postJson("/internal/connect-links", null, body(user, "hex-api")).statusCode()).isEqualTo(401);
        HttpResponse<String> mcp = vault.postJson("/internal/connect-links", TestVault.SERVICE_TOKEN,
                body(user, "hex-mcp"));
        assertThat(mcp.statusCode()).isEqualTo(400);
        assertThat(TestVault.json(mcp).get("error").asString()).isEqualTo("unsupported_provider");
        HttpResponse<String> noUser = vault.postJson("/internal/connect-links", TestVault.SERVICE_TOKEN,
                "{\"provider\":\"hex-api\"}");
        assertThat(noUser.statusCode()).isEqualTo(400);

        HttpResponse<String> minted = vault.postJson("/internal/connect-links", TestVault.SERVICE_TOKEN,
                body(user, "hex-api"));
        assertThat(minted.statusCode()).isEqualTo(201);
        JsonNode json = TestVault.json(minted);
        String link = linkOf(URI.create(json.get("url").asString()));
        assertThat(java.util.Base64.getUrlDecoder().decode(link)).as("256 random bits").hasSize(32);
        assertThat(java.time.Instant.parse(json.get("expiresAt").asString()))
                .isBetween(java.time.Instant.now().plusSeconds(9 * 60), java.time.Instant.now().plusSeconds(10 * 60 + 5));
        String dump = String.join("\n", vault.db().sql("SELECT t::text FROM vault.connect_link t").query(String.class)
                .list());
        assertThat(dump).as("only the hash is stored").doesNotContain(link)
                .doesNotContain(HexFormat.of().formatHex(link.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static URI mint(String user) {
        HttpResponse<String> minted = vault.postJson("/internal/connect-links", TestVault.SERVICE_TOKEN,
                body(user, "hex-api"));
        assertThat(minted.statusCode()).isEqualTo(201);
        return URI.create(TestVault.json(minted).get("url").asString());
    }

    private static HttpResponse<String> submit(String link, String token) {
        return vault.postForm("/connect/hex-api", "link=" + URLEncoder.encode(link, StandardCharsets.UTF_8)
                + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static String credential(String user) {
        HttpResponse<String> answer = vault.get("/internal/credentials/" + user + "/hex-api", TestVault.SERVICE_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        return TestVault.json(answer).get("token").asString();
    }

    private static int credentialStatus(String user) {
        return vault.get("/internal/credentials/" + user + "/hex-api", TestVault.SERVICE_TOKEN).statusCode();
    }

    private static long credentials() {
        return vault.db().sql("SELECT count(*) FROM vault.credential").query(Long.class).single();
    }

    private static long links() {
        return vault.db().sql("SELECT count(*) FROM vault.connect_link").query(Long.class).single();
    }

    private static String linkOf(URI url) {
        String query = url.getRawQuery();
        assertThat(query).startsWith("link=");
        return query.substring("link=".length());
    }

    private static String hiddenLink(HttpResponse<String> page) {
        Matcher matcher = HIDDEN_LINK.matcher(page.body());
        assertThat(matcher.find()).as("a form with a link token in: %s", page.body()).isTrue();
        return matcher.group(1);
    }

    private static String body(String user, String provider) {
        return "{\"userKey\":\"" + user + "\",\"provider\":\"" + provider + "\"}";
    }

    private static String emulatorControl(String method, String path, String json) {
        HttpResponse<String> answer = TestVault.sendTo(URI.create(SharedEmulator.get().baseUrl() + path), method, null,
                json == null ? null : "application/json", json);
        assertThat(answer.statusCode() / 100).as(answer.body()).isEqualTo(2);
        return answer.body();
    }

    private static String user() {
        return "slack:T1:U" + UUID.randomUUID().toString().substring(0, 8);
    }
}
