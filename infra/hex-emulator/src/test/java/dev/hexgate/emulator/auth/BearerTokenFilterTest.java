package dev.hexgate.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.workspace.ApiToken;
import dev.hexgate.emulator.workspace.TokenKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class BearerTokenFilterTest extends EmulatorHttpTest {

    @LocalServerPort
    private int port;

    @Test
    void missingAuthorizationHeaderIsPlainTextUnauthorized() {
        EntityExchangeResult<String> result = client.get().uri(PROJECTS).exchange()
                .expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult();

        assertPlainUnauthorized(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bearer hxtw_not_a_seeded_token_000000000000000",
        "Bearer ",
        "Basic bWF5YTpzZWNyZXQ=",
        "hxtw_emu_21a3230e03772a58aff1b3709a9e232"})
    void rejectsAnythingButASeededBearerToken(String authorization) {
        EntityExchangeResult<String> result = client.get().uri(PROJECTS)
                .header(HttpHeaders.AUTHORIZATION, authorization).exchange()
                .expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult();

        assertPlainUnauthorized(result);
    }

    @Test
    void tokensAreCaseSensitive() {
        String shouted = workspace.workspaceToken().token().toUpperCase(Locale.ROOT);

        client.get().uri(PROJECTS).header(HttpHeaders.AUTHORIZATION, "Bearer " + shouted).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void guardsEveryApiRouteIncludingUnknownOnes() {
        client.get().uri(PROJECTS + "/" + workspace.projects().get(0).id()).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/api/v1/no-such-route").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void acceptsEverySeededTokenAndALowerCaseScheme() {
        for (ApiToken token : workspace.tokens()) {
            client.get().uri(PROJECTS).header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()).exchange()
                    .expectStatus().isOk();
        }
        ApiToken personal = workspace.tokens().stream().filter(t -> t.kind() == TokenKind.PERSONAL).findFirst()
                .orElseThrow();
        client.get().uri(PROJECTS).header(HttpHeaders.AUTHORIZATION, "bearer " + personal.token()).exchange()
                .expectStatus().isOk();
    }

    @Test
    void leavesNonApiRoutesOpen() {
        EntityExchangeResult<byte[]> result = client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .returnResult();

        // The client talks to the real Netty server, not a mock: the edge filter sees genuine HTTP.
        assertThat(result.getUrl().getScheme()).isEqualTo("http");
        assertThat(result.getUrl().getPort()).isEqualTo(port);
    }

    @Test
    void everyResponseCarriesAFreshTraceIdHeader() {
        String first = client.get().uri(PROJECTS).exchange()
                .expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst("x-trace-id");
        String second = get(PROJECTS)
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("x-trace-id");

        assertThat(first).matches("[0-9a-f]{32}");
        assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
    }

    private static void assertPlainUnauthorized(EntityExchangeResult<String> result) {
        assertThat(result.getResponseHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue());
        assertThat(result.getResponseBody()).isEqualTo("Unauthorized");
        assertThat(result.getResponseHeaders().getFirst("x-trace-id")).isNotBlank();
    }
}
