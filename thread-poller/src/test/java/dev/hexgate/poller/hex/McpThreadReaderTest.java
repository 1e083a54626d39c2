package dev.hexgate.poller.hex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.hexgate.hexclient.mcp.HexMcpClient;
import dev.hexgate.hexclient.mcp.HexMcpSettings;
import dev.hexgate.poller.EmulatorTokens;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.emulator.SharedEmulator.RunningEmulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link McpThreadReader} against emulators whose {@code get_thread} names its argument differently from hexgate's
 * {@code thread_id} ({@code hexgate.emulator.mcp.thread-id-argument}), over real HTTP with real OAuth tokens. There
 * a call under {@code thread_id} is refused as a missing argument, so a read that succeeds proves the name was read
 * from {@code tools/list} and mapped. On the shared emulator: a token Hex refuses is forgotten.
 */
class McpThreadReaderTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String USER = "priya";

    @Test
    void readsAThreadThroughTheDriftedNameInOneRequestPerPoll() {
        RunningEmulator emulator = drifted();
        String token = EmulatorTokens.accessToken(emulator.baseUrl(), EmulatorTokens.PRIYA);
        String threadId = newThread(emulator, token, 2);

        try (McpThreadReader reader = reader(emulator, token)) {
            AtomicReference<ThreadSnapshot> latest = new AtomicReference<>();
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
                latest.set(reader.read(USER, threadId).block(WAIT));
                return !"RUNNING".equals(latest.get().status());
            });
            ThreadSnapshot idle = latest.get();
            assertThat(idle.idle()).as("status %s", idle.status()).isTrue();
            assertThat(idle.url()).endsWith("/threads/" + threadId);
            assertThat(idle.tables()).isNotNull();
            assertThat(idle.tables().get(0).path("rowCount").asInt()).isEqualTo(2);

            // The session, its tools/list and its mapping are kept: the next poll is one HTTP request.
            Instant before = Instant.now();
            assertThat(reader.read(USER, threadId).block(WAIT).idle()).isTrue();
            await().atMost(WAIT).untilAsserted(() -> assertThat(mcpPosts(emulator, before)).isEqualTo(1));
        }
    }

    @Test
    void aGetThreadWithNoFittingArgumentIsPermanentWithTheMappersMessage() {
        RunningEmulator emulator = SharedEmulator.withSettings(
                "hexgate.emulator.mcp.thread-id-argument=conversation");
        String token = EmulatorTokens.accessToken(emulator.baseUrl(), EmulatorTokens.PRIYA);

        try (McpThreadReader reader = reader(emulator, token)) {
            String threadId = UUID.randomUUID().toString();
            ThreadReadException error = catchThrowableOfType(ThreadReadException.class,
                    () -> reader.read(USER, threadId).block(WAIT));

            assertThat(error.kind()).isEqualTo(ThreadReadException.Kind.PERMANENT);
            assertThat(error.getMessage()).contains("get_thread", "[conversation]", "'thread_id'")
                    .doesNotContain(token);

            // A failed session is not kept: the next read tries again (and fails the same way), no stale state.
            assertThat(catchThrowableOfType(ThreadReadException.class,
                    () -> reader.read(USER, threadId).block(WAIT)).kind())
                    .isEqualTo(ThreadReadException.Kind.PERMANENT);
        }
    }

    @Test
    void aSessionPastItsLifetimeIsReplacedAndReadsTheToolListAgain() {
        RunningEmulator emulator = drifted();
        String token = EmulatorTokens.accessToken(emulator.baseUrl(), EmulatorTokens.PRIYA);
        String threadId = newThread(emulator, token, 1);

        try (McpThreadReader reader = new McpThreadReader(new HexMcpProperties(
                URI.create(emulator.baseUrl() + "/mcp"), Duration.ofSeconds(20), Duration.ZERO),
                userKey -> Mono.just(token))) {
            assertThat(reader.read(USER, threadId).block(WAIT).url()).endsWith("/threads/" + threadId);

            // Every session is past a zero lifetime: the next read opens a new one (initialize, initialized,
            // tools/list) before its get_thread, and still finds the drifted name.
            Instant before = Instant.now();
            assertThat(reader.read(USER, threadId).block(WAIT).url()).endsWith("/threads/" + threadId);
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(mcpPosts(emulator, before)).isGreaterThanOrEqualTo(4));
        }
    }

    @Test
    void aTokenHexRefusesIsForgottenSoTheNextReadAsksForAFreshOne() {
        RunningEmulator emulator = SharedEmulator.get();
        String fresh = EmulatorTokens.accessToken(emulator.baseUrl(), EmulatorTokens.PRIYA);
        String threadId = newThread(emulator, fresh, 1);
        // A cache holding a token Hex no longer accepts, until the reader tells it to forget (the user has signed
        // in again meanwhile: the vault would now answer the fresh token).
        AtomicReference<String> cached = new AtomicReference<>("not-a-valid-token");
        AccessTokens tokens = new AccessTokens() {
            @Override
            public Mono<String> accessToken(String userKey) {
                return Mono.fromSupplier(cached::get);
            }

            @Override
            public void forget(String userKey) {
                cached.set(fresh);
            }
        };

        try (McpThreadReader reader = new McpThreadReader(new HexMcpProperties(
                URI.create(emulator.baseUrl() + "/mcp"), Duration.ofSeconds(20), Duration.ofMinutes(10)), tokens)) {
            ThreadReadException refused = catchThrowableOfType(ThreadReadException.class,
                    () -> reader.read(USER, threadId).block(WAIT));
            assertThat(refused.kind()).isEqualTo(ThreadReadException.Kind.AUTHORIZATION_REQUIRED);
            assertThat(refused.getMessage()).doesNotContain("not-a-valid-token");

            assertThat(reader.read(USER, threadId).block(WAIT).url()).endsWith("/threads/" + threadId);
        }
    }

    /** An emulator whose get_thread takes {@code id}, as Hex's once did; its threads answer after 500 ms. */
    private static RunningEmulator drifted() {
        return SharedEmulator.withSettings("hexgate.emulator.mcp.thread-id-argument=id",
                "hexgate.emulator.timing.thread-running=500ms");
    }

    /** A thread asking for {@code rows} customers' names, created through hex-client (which maps the names too). */
    private static String newThread(RunningEmulator emulator, String token, int rows) {
        return new HexMcpClient(HexMcpSettings.of(emulator.baseUrl() + "/mcp"))
                .createThread(token, "Run this SQL: SELECT name FROM customers ORDER BY name LIMIT " + rows)
                .block(WAIT).threadId();
    }

    private static McpThreadReader reader(RunningEmulator emulator, String token) {
        return new McpThreadReader(new HexMcpProperties(URI.create(emulator.baseUrl() + "/mcp"),
                Duration.ofSeconds(20), Duration.ofMinutes(10)), userKey -> Mono.just(token));
    }

    /** POSTs to /mcp the emulator logged since {@code since} (every MCP message is one; a GET stream is not). */
    private static int mcpPosts(RunningEmulator emulator, Instant since) {
        JsonNode log = JsonMapper.shared().readTree(new EmulatorHttp(emulator.baseUrl())
                .control("GET", "/_emulator/requests?path=/mcp&since=" + since + "&limit=1000", null));
        int posts = 0;
        for (JsonNode request : log.path("requests")) {
            if ("POST".equals(request.path("method").asString())) {
                posts++;
            }
        }
        return posts;
    }
}
