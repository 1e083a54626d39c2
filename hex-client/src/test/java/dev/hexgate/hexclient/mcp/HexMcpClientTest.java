package dev.hexgate.hexclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.hexgate.testkit.emulator.EmulatorSignIn;
import dev.hexgate.testkit.emulator.SharedEmulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link HexMcpClient} against the Hex emulator's MCP server over real HTTP, with real OAuth access tokens that the
 * emulator issued after a (headless) consent.
 */
class HexMcpClientTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SQL = "Run this SQL: SELECT customer_id, name FROM customers ORDER BY customer_id "
            + "LIMIT 3";

    private static HexMcpClient client;
    private static String maya;
    private static String daniel;

    @BeforeAll
    static void signIn() {
        String baseUrl = SharedEmulator.get().baseUrl();
        client = new HexMcpClient(HexMcpSettings.of(baseUrl + "/mcp"));
        maya = EmulatorSignIn.accessToken(baseUrl, "maya.okafor@fernbrook.example");
        daniel = EmulatorSignIn.accessToken(baseUrl, "daniel.reyes@fernbrook.example");
    }

    @Test
    void createsAThreadAndReadsItsAnswerOnceIdle() {
        HexThread created = client.createThread(maya, SQL).block(WAIT);

        assertThat(created.threadId()).isNotBlank();
        assertThat(created.isRunning()).isTrue();
        assertThat(created.waitTimeSeconds()).isPositive();
        assertThat(created.url()).contains(created.threadId());
        assertThat(created.hex().path("threadId").asString()).isEqualTo(created.threadId());

        HexThread done = awaitIdle(maya, created.threadId());
        assertThat(done.url()).isEqualTo(created.url());
        assertThat(done.messages()).isNotEmpty()
                .anySatisfy(m -> assertThat(m.text()).startsWith("user: ").contains("SELECT customer_id"));
        assertThat(done.tables()).hasSize(1);
        assertThat(done.tables().get(0).path("rows").size()).isEqualTo(3);
        assertThat(done.tables().get(0).path("columns").toString()).containsIgnoringCase("name");
        assertThat(done.error()).isNull();
    }

    @Test
    void continuesAnIdleThreadAndReportsHexsRefusalWhileItRuns() {
        HexThread created = client.createThread(maya, SQL).block(WAIT);
        awaitIdle(maya, created.threadId());

        HexThread continued = client.continueThread(maya, created.threadId(),
                "Run this SQL: SELECT COUNT(*) AS n FROM invoices").block(WAIT);
        assertThat(continued.threadId()).isEqualTo(created.threadId());
        assertThat(continued.isRunning()).isTrue();

        HexMcpException refused = catchThrowableOfType(HexMcpException.class, () -> client.continueThread(maya,
                created.threadId(), "and one more").block(WAIT));
        assertThat(refused.kind()).isEqualTo(HexMcpException.Kind.TOOL_ERROR);
        assertThat(refused.toolCallSent()).isTrue();
        assertThat(refused.hexReason()).get().asString().containsIgnoringCase("idle");

        HexThread done = awaitIdle(maya, created.threadId());
        assertThat(done.messages()).anySatisfy(m -> assertThat(m.text()).contains("COUNT(*)"));
    }

    @Test
    void anUnknownOrSomeoneElsesThreadIsAToolErrorNamingIt() {
        String unknown = UUID.randomUUID().toString();
        HexMcpException missing = catchThrowableOfType(HexMcpException.class,
                () -> client.getThread(maya, unknown).block(WAIT));
        assertThat(missing.kind()).isEqualTo(HexMcpException.Kind.TOOL_ERROR);
        assertThat(missing.getMessage()).contains(unknown).containsIgnoringCase("not found");

        HexThread mayas = client.createThread(maya, SQL).block(WAIT);
        HexMcpException foreign = catchThrowableOfType(HexMcpException.class,
                () -> client.getThread(daniel, mayas.threadId()).block(WAIT));
        assertThat(foreign.kind()).isEqualTo(HexMcpException.Kind.TOOL_ERROR);
        assertThat(foreign.getMessage()).containsIgnoringCase("not found");
    }

    @Test
    void aRejectedTokenIsAuthorizationRequiredAndNeverInTheMessage() {
        String revoked = "emu_oauth_not_issued_" + UUID.randomUUID();
        HexMcpException error = catchThrowableOfType(HexMcpException.class,
                () -> client.createThread(revoked, SQL).block(WAIT));

        assertThat(error.kind()).isEqualTo(HexMcpException.Kind.AUTHORIZATION_REQUIRED);
        assertThat(error.status()).isEqualTo(401);
        assertThat(error.toolCallSent()).isFalse();
        assertThat(error.getMessage()).doesNotContain(revoked);
        assertThat(error.getCause()).isNull();
        assertThat(error.isTransient()).isFalse();
    }

    @Test
    void aServerThatCannotBeReachedIsUnreachableAndNothingWasSent() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        HexMcpClient nowhere = new HexMcpClient(HexMcpSettings.of("http://127.0.0.1:" + closed + "/mcp"));
        HexMcpException error = catchThrowableOfType(HexMcpException.class,
                () -> nowhere.getThread(maya, UUID.randomUUID().toString()).block(WAIT));

        assertThat(error.kind()).isEqualTo(HexMcpException.Kind.UNREACHABLE);
        assertThat(error.toolCallSent()).isFalse();
        assertThat(error.isTransient()).isTrue();
        assertThat(error.getMessage()).doesNotContain(maya);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) { // accepts connections (backlog), never answers
            HexMcpClient slow = new HexMcpClient(new HexMcpSettings(
                    java.net.URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/mcp"), null,
                    Duration.ofMillis(700), null));
            HexMcpException error = catchThrowableOfType(HexMcpException.class,
                    () -> slow.createThread(maya, SQL).block(WAIT));
            assertThat(error.kind()).isEqualTo(HexMcpException.Kind.TIMEOUT);
            assertThat(error.toolCallSent()).isFalse();
        }
    }

    @Test
    void anotherUsersTokenOnTheSameClientGetsItsOwnSession() {
        HexThread mayas = client.createThread(maya, SQL).block(WAIT);
        HexThread daniels = client.createThread(daniel, SQL).block(WAIT);
        assertThat(daniels.threadId()).isNotEqualTo(mayas.threadId());
        assertThat(client.getThread(maya, mayas.threadId()).block(WAIT).threadId()).isEqualTo(mayas.threadId());
        assertThat(client.getThread(daniel, daniels.threadId()).block(WAIT).threadId())
                .isEqualTo(daniels.threadId());
    }

    private static HexThread awaitIdle(String token, String threadId) {
        AtomicReference<HexThread> latest = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            latest.set(client.getThread(token, threadId).block(WAIT));
            return latest.get().isIdle();
        });
        return latest.get();
    }
}
