package dev.hexgate.hexclient.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.projects.ListProjectsQuery;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When Hex does not answer, or cannot be reached, the caller gets the same error type with the reason. */
class HexTransportFailureTest {

    @Test
    void aServerThatAcceptsButNeverAnswersIsATimeout() throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            HexRestClient hex = new HexRestClient(new HexClientSettings(
                    URI.create("http://localhost:" + silent.getLocalPort()), Duration.ofSeconds(2),
                    Duration.ofMillis(300)));

            assertThatThrownBy(() -> hex.listProjects("hxtw_x", ListProjectsQuery.firstPage(1)).block())
                    .isInstanceOfSatisfying(HexApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(HexApiException.Kind.TIMEOUT);
                        assertThat(e.status()).isZero();
                        assertThat(e.isTransient()).isTrue();
                        assertThat(e.getMessage()).contains("did not answer");
                    });
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        HexRestClient hex = new HexRestClient(HexClientSettings.of("http://localhost:" + port));
        assertThatThrownBy(() -> hex.getProject("hxtw_x", "00000000-0000-4000-8000-000000000000", false).block())
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(HexApiException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("could not be reached").doesNotContain("hxtw_x");
                });
    }
}
