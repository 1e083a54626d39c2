package dev.hexgate.emulator.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class McpAuthenticationTest extends McpHttpTest {

    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
             "capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";

    @LocalServerPort
    int port;

    @Test
    void withoutATokenTheChallengeNamesTheResourceMetadata() {
        assertChallenged(post(null));
    }

    @Test
    void anUnknownTokenIsChallengedToo() {
        assertChallenged(post("not-a-real-token"));
    }

    @Test
    void restApiTokensAreNotMcpTokens() {
        assertChallenged(post(workspace.workspaceToken().token()));
    }

    @Test
    void theSdkClientCannotInitializeWithABadToken() {
        assertThatThrownBy(() -> clientWithToken("not-a-real-token")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void anAccessTokenFromTheOAuthServerIsLetIn() {
        post(accessToken(PRIYA)).expectStatus().isOk();
    }

    @Test
    void theSdkClientInitializesWithAnAccessTokenFromTheOAuthServer() {
        assertThat(client(PRIYA).isInitialized()).isTrue();
    }

    @Test
    void browserRequestsFromForeignOriginsAreRefused() {
        client.post().uri("/mcp")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT, "application/json, text/event-stream")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken(PRIYA))
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .bodyValue(INITIALIZE)
                .exchange()
                .expectStatus().isForbidden();
        post(accessToken(PRIYA), "http://localhost:3000").expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(String token, String origin) {
        WebTestClient.RequestBodySpec request = client.post().uri("/mcp")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT, "application/json, text/event-stream")
                .header(HttpHeaders.ORIGIN, origin);
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).bodyValue(INITIALIZE).exchange();
    }

    private WebTestClient.ResponseSpec post(String token) {
        WebTestClient.RequestBodySpec request = client.post().uri("/mcp")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT, "application/json, text/event-stream");
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.bodyValue(INITIALIZE).exchange();
    }

    private void assertChallenged(WebTestClient.ResponseSpec response) {
        String challenge = response.expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
        String base = "http://localhost:" + port;
        assertThat(challenge).isEqualTo(
                "Bearer resource_metadata=\"" + base + "/.well-known/oauth-protected-resource/mcp\"");
    }
}
