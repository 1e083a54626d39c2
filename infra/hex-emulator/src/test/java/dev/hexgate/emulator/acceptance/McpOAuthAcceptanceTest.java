package dev.hexgate.emulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.oauth.OAuthTestClient;
import dev.hexgate.emulator.oauth.OAuthTestClient.PkcePair;
import dev.hexgate.emulator.timing.Timings;
import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance criterion for Hex's MCP server behind the emulator's OAuth server, end to end over real HTTP: an
 * MCP client that knows nothing but the MCP URL is challenged, discovers the protected-resource and
 * authorization-server metadata, registers itself, sends the user's browser through the consent page with PKCE,
 * exchanges the code, refreshes with rotation, and then uses the official MCP Java client to ask Hex a question
 * and read the answer. Every endpoint after {@code /mcp} comes from the documents discovered on the way.
 *
 * <p>Every URL the emulator announces is used exactly as announced ({@link #routed} only checks it is absolute and
 * names the port the server really listens on), so a client that follows discovery reaches the server.
 */
class McpOAuthAcceptanceTest extends EmulatorHttpTest {

    /** What the client is configured with: the MCP URL (Junior's {@code HEX_MCP_URL}); the rest is discovered. */
    private static final String MCP_PATH = "/mcp";
    /** Where MCP clients look for the resource metadata when the challenge does not say. */
    private static final String PRM_WELL_KNOWN = "/.well-known/oauth-protected-resource" + MCP_PATH;
    private static final String AS_WELL_KNOWN = "/.well-known/oauth-authorization-server";
    private static final String REDIRECT_URI = "http://127.0.0.1:7777/oauth/callback/mcp/hex";
    private static final String SCOPE = "openid profile email offline_access";
    private static final String PRIYA = "priya.natarajan@fernbrook.example";
    private static final String SQL = "SELECT segment, COUNT(*) AS customers FROM analytics.public.customers "
            + "GROUP BY segment ORDER BY segment";
    private static final Pattern RESOURCE_METADATA = Pattern.compile("resource_metadata=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Timings timings;

    private Timings.Settings timingsBefore;

    /** Long enough that the new thread is seen RUNNING, short enough for a quick test. */
    @BeforeEach
    void threadsRunBriefly() {
        timingsBefore = timings.current();
        timings.set(new Timings.Settings(timingsBefore.runPending(), timingsBefore.runRunning(),
                Duration.ofSeconds(1), timingsBefore.threadWaitTime()));
    }

    @AfterEach
    void restoreTimings() {
        timings.set(timingsBefore);
    }

    @Test
    void anMcpClientDiscoversSignsInAndAsksHexForData() {
        String mcpUrl = "http://localhost:" + port + MCP_PATH;

        // (a) No token: 401 with a challenge naming the protected-resource metadata.
        String resourceMetadataUrl = challengedResourceMetadata(mcpUrl);
        assertThat(URI.create(resourceMetadataUrl).getPath()).as("the challenge and the well-known location agree")
                .isEqualTo(PRM_WELL_KNOWN);

        // (b) The protected-resource metadata names the resource and its authorization server.
        JsonNode resourceMetadata = getJson(resourceMetadataUrl);
        String resource = resourceMetadata.get("resource").asString();
        assertThat(resource).isEqualTo(publicUrl() + MCP_PATH);
        assertThat(strings(resourceMetadata.get("bearer_methods_supported"))).contains("header");
        String issuer = resourceMetadata.at("/authorization_servers/0").asString();

        // (c) The authorization server's metadata (RFC 8414 location derived from the issuer).
        JsonNode server = getJson(authorizationServerMetadataUrl(issuer));
        assertThat(server.get("issuer").asString()).isEqualTo(issuer);
        assertThat(strings(server.get("code_challenge_methods_supported"))).contains("S256");
        assertThat(strings(server.get("response_types_supported"))).contains("code");
        assertThat(strings(server.get("grant_types_supported"))).contains("authorization_code", "refresh_token");
        assertThat(strings(server.get("token_endpoint_auth_methods_supported"))).contains("none");
        String tokenEndpoint = server.get("token_endpoint").asString();

        // (d) Dynamic client registration as a public client.
        String clientId = register(server.get("registration_endpoint").asString());

        // (e) Authorization request with PKCE S256, state and resource; the user approves on the consent page.
        PkcePair pkce = PkcePair.create();
        String state = UUID.randomUUID().toString();
        String code = authorize(server.get("authorization_endpoint").asString(), clientId, pkce, state, resource,
                issuer);

        // (f) Code for tokens, with the verifier.
        JsonNode tokens = token(tokenEndpoint, "grant_type", "authorization_code", "code", code,
                "code_verifier", pkce.verifier(), "redirect_uri", REDIRECT_URI, "client_id", clientId,
                "resource", resource);
        assertThat(tokens.get("token_type").asString()).isEqualToIgnoringCase("Bearer");
        assertThat(tokens.get("expires_in").asLong()).isPositive();
        assertThat(tokens.get("scope").asString().split(" ")).contains("offline_access");
        String firstRefreshToken = tokens.get("refresh_token").asString();
        assertThat(firstRefreshToken).isNotBlank();

        // (g) Refresh with rotation: a new refresh token replaces the old one.
        JsonNode refreshed = token(tokenEndpoint, "grant_type", "refresh_token", "refresh_token", firstRefreshToken,
                "client_id", clientId, "resource", resource);
        String accessToken = refreshed.get("access_token").asString();
        assertThat(refreshed.get("refresh_token").asString()).isNotBlank().isNotEqualTo(firstRefreshToken);
        assertThat(accessToken).isNotBlank().isNotEqualTo(tokens.get("access_token").asString());

        McpSyncClient mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + port)
                        .endpoint(MCP_PATH)
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + accessToken))
                        .build())
                .clientInfo(McpSchema.Implementation.builder("acceptance-test", "1").build())
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        try {
            // (h) Initialize, list tools, ask for data with create_thread, poll get_thread until IDLE.
            mcp.initialize();
            assertThat(mcp.listTools().tools()).extracting(Tool::name)
                    .contains("create_thread", "get_thread", "continue_thread", "get_me");
            JsonNode created = structured(mcp.callTool(CallToolRequest.builder("create_thread")
                    .arguments(Map.of("prompt", "Run this SQL: " + SQL)).build()));
            String threadId = created.get("threadId").asString();
            String threadUrl = created.get("url").asString();
            assertThat(created.get("status").asString()).isEqualTo("RUNNING");
            assertThat(threadUrl).startsWith(publicUrl() + "/").endsWith("/threads/" + threadId);

            JsonNode thread = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> structured(mcp.callTool(CallToolRequest.builder("get_thread")
                            .arguments(Map.of("thread_id", threadId)).build())),
                            t -> !"RUNNING".equals(t.get("status").asString()));
            assertThat(thread.get("status").asString()).as("%s", thread).isEqualTo("IDLE");
            assertThat(thread.get("url").asString()).isEqualTo(threadUrl);
            JsonNode table = thread.at("/tables/0");
            assertThat(table.get("sql").asString()).isEqualTo(SQL);
            // sample-warehouse.sql seeds 24 customers: 8 Enterprise, 8 Mid-Market, 8 SMB.
            assertThat(rows(table, "segment", "customers")).containsExactly(
                    List.of("Enterprise", "8"), List.of("Mid-Market", "8"), List.of("SMB", "8"));

            // (i) get_me is the user who approved.
            User priya = workspace.userByEmail(PRIYA).orElseThrow();
            JsonNode me = structured(mcp.callTool(CallToolRequest.builder("get_me").arguments(Map.of()).build()));
            assertThat(me.get("userId").asString()).isEqualTo(priya.id().toString());
            assertThat(me.get("email").asString()).isEqualTo(PRIYA);
            assertThat(me.get("name").asString()).isEqualTo(priya.name());
            assertThat(me.get("role").asString()).isEqualTo("EDITOR");
        } finally {
            mcp.closeGracefully();
        }

        // (g, last) The rotated-out refresh token is refused. Its replay also revokes the whole grant (OAuth 2.1
        // refresh-token reuse detection), which is why this comes after the MCP calls: the access token is dead now.
        JsonNode replay = json(client.post().uri(routed(tokenEndpoint))
                .body(BodyInserters.fromFormData(form("grant_type", "refresh_token", "refresh_token",
                        firstRefreshToken, "client_id", clientId, "resource", resource)))
                .exchange(), HttpStatus.BAD_REQUEST);
        assertThat(replay.get("error").asString()).isEqualTo("invalid_grant");
        unauthenticatedPost(mcpUrl, accessToken).expectStatus().isUnauthorized();
    }

    // ---- discovery ----

    private String challengedResourceMetadata(String mcpUrl) {
        String challenge = unauthenticatedPost(mcpUrl, null).expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
        assertThat(challenge).as("WWW-Authenticate").isNotNull().startsWith("Bearer ");
        Matcher m = RESOURCE_METADATA.matcher(challenge);
        assertThat(m.find()).as("resource_metadata in %s", challenge).isTrue();
        return m.group(1);
    }

    private WebTestClient.ResponseSpec unauthenticatedPost(String mcpUrl, String bearer) {
        WebTestClient.RequestBodySpec request = client.post().uri(URI.create(mcpUrl))
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT, "application/json, text/event-stream");
        if (bearer != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
        }
        return request.bodyValue("""
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                 "capabilities":{},"clientInfo":{"name":"acceptance-test","version":"1"}}}""").exchange();
    }

    /** RFC 8414 §3.1: the well-known segment goes between the issuer's host and its path (if any). */
    private static String authorizationServerMetadataUrl(String issuer) {
        URI uri = URI.create(issuer);
        String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getRawAuthority() + AS_WELL_KNOWN + path;
    }

    // ---- registration and authorization ----

    private String register(String registrationEndpoint) {
        JsonNode registered = json(client.post().uri(routed(registrationEndpoint))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"client_name": "hexgate acceptance", "redirect_uris": ["%s"],
                         "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
                         "token_endpoint_auth_method": "none"}""".formatted(REDIRECT_URI))
                .exchange(), HttpStatus.CREATED);
        assertThat(registered.get("token_endpoint_auth_method").asString()).isEqualTo("none");
        assertThat(registered.has("client_secret")).as("a public client gets no secret").isFalse();
        return registered.get("client_id").asString();
    }

    /** The browser's part: GET the authorization URL, answer the consent form as Priya, follow the redirect. */
    private String authorize(String authorizationEndpoint, String clientId, PkcePair pkce, String state,
            String resource, String issuer) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", REDIRECT_URI);
        query.put("scope", SCOPE);
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", "S256");
        query.put("resource", resource);
        String authorizationUrl = authorizationEndpoint + "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));

        String page = client.get().uri(routed(authorizationUrl)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        ConsentForm consent = ConsentForm.parse(page);
        assertThat(consent.method()).isEqualToIgnoringCase("post");
        assertThat(consent.choices().get(consent.userField())).as("users the page offers").contains(PRIYA);

        MultiValueMap<String, String> answer = new LinkedMultiValueMap<>();
        consent.hidden().forEach(answer::add);
        answer.add(consent.userField(), PRIYA);
        answer.add(consent.approveName(), consent.approveValue());
        String action = URI.create(authorizationEndpoint).resolve(consent.action()).toString();
        EntityExchangeResult<byte[]> decided = client.post().uri(routed(action))
                .body(BodyInserters.fromFormData(answer)).exchange()
                .expectStatus().isEqualTo(HttpStatus.FOUND).expectBody().returnResult();

        URI callback = decided.getResponseHeaders().getLocation();
        assertThat(callback).as("Location").isNotNull();
        assertThat(callback.toString()).startsWith(REDIRECT_URI + "?");
        Map<String, String> response = OAuthTestClient.query(callback);
        assertThat(response).containsEntry("state", state).containsEntry("iss", issuer).doesNotContainKey("error");
        assertThat(response.get("code")).isNotBlank();
        return response.get("code");
    }

    private JsonNode token(String tokenEndpoint, String... nameValues) {
        WebTestClient.ResponseSpec response = client.post().uri(routed(tokenEndpoint))
                .body(BodyInserters.fromFormData(form(nameValues))).exchange();
        response.expectHeader().cacheControl(CacheControl.noStore());
        JsonNode tokens = json(response, HttpStatus.OK);
        assertThat(tokens.get("access_token").asString()).isNotBlank();
        return tokens;
    }

    /**
     * The consent page's form as a browser sees it: where it posts, its hidden fields, the radio choices per field
     * and the name/value of the submit button labelled Approve.
     */
    private record ConsentForm(String method, String action, Map<String, String> hidden,
            Map<String, List<String>> choices, String approveName, String approveValue) {

        private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
        private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
        private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>(.*?)</button>", Pattern.DOTALL);
        private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_-]+)=\"([^\"]*)\"");

        static ConsentForm parse(String html) {
            Matcher form = FORM.matcher(html);
            assertThat(form.find()).as("the consent page has a form").isTrue();
            Map<String, String> formAttributes = attributes(form.group(1));
            Map<String, String> hidden = new LinkedHashMap<>();
            Map<String, List<String>> choices = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                if ("hidden".equals(a.get("type"))) {
                    hidden.put(a.get("name"), a.get("value"));
                } else if ("radio".equals(a.get("type"))) {
                    choices.computeIfAbsent(a.get("name"), n -> new ArrayList<>()).add(a.get("value"));
                }
            }
            assertThat(choices).as("the form lets the user pick who to sign in as").hasSize(1);
            Matcher button = BUTTON.matcher(form.group(2));
            while (button.find()) {
                if (button.group(2).trim().equals("Approve")) {
                    Map<String, String> a = attributes(button.group(1));
                    return new ConsentForm(formAttributes.getOrDefault("method", "get"), formAttributes.get("action"),
                            hidden, choices, a.get("name"), a.get("value"));
                }
            }
            throw new AssertionError("no Approve button on the consent page:\n" + html);
        }

        String userField() {
            return choices.keySet().iterator().next();
        }

        private static Map<String, String> attributes(String tag) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher m = ATTRIBUTE.matcher(tag);
            while (m.find()) {
                attributes.put(m.group(1).toLowerCase(Locale.ROOT), HtmlUtils.htmlUnescape(m.group(2)));
            }
            return attributes;
        }
    }

    // ---- plumbing ----

    /**
     * The running server's address for a URL the emulator announced: the URL must lie under the public URL; its
     * path and query are kept as they are.
     */
    private URI routed(String announced) {
        assertThat(announced).as("an announced URL").startsWith(publicUrl() + "/");
        return URI.create(announced);
    }

    /** Where the test server really listens; announced URLs must name this port, never 0. */
    private String publicUrl() {
        return "http://localhost:" + port;
    }

    private JsonNode getJson(String announcedUrl) {
        return json(client.get().uri(routed(announcedUrl)).exchange(), HttpStatus.OK);
    }

    private static JsonNode json(WebTestClient.ResponseSpec response, HttpStatus status) {
        JsonNode body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    /** A successful tool call's structured content, which must match the JSON in its text block. */
    private static JsonNode structured(CallToolResult result) {
        String text = result.content().stream().filter(McpSchema.TextContent.class::isInstance)
                .map(c -> ((McpSchema.TextContent) c).text()).collect(Collectors.joining("\n"));
        assertThat(result.isError()).as(text).isFalse();
        JsonNode structured = JSON.valueToTree(result.structuredContent());
        assertThat(JSON.readTree(text)).isEqualTo(structured);
        return structured;
    }

    private static List<List<String>> rows(JsonNode table, String... columns) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                values.add(row.get(column).asString());
            }
            rows.add(values);
        }
        return rows;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static MultiValueMap<String, String> form(String... nameValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.add(nameValues[i], nameValues[i + 1]);
        }
        return form;
    }

    // %20 rather than '+' for spaces: unambiguous in a query whatever decodes it.
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
