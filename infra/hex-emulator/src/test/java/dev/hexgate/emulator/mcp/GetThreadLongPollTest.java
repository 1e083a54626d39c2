package dev.hexgate.emulator.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorProperties;
import dev.hexgate.emulator.PublicUrl;
import dev.hexgate.emulator.threads.NewThread;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.threads.ThreadLinks;
import dev.hexgate.emulator.threads.ThreadResponder;
import dev.hexgate.emulator.threads.ThreadRules;
import dev.hexgate.emulator.threads.ThreadSource;
import dev.hexgate.emulator.threads.ThreadStore;
import dev.hexgate.emulator.threads.ThreadsProperties;
import dev.hexgate.emulator.timing.Timings;
import dev.hexgate.emulator.warehouse.SampleWarehouse;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * get_thread's long poll with a non-zero cap, on the real engine without Spring (the cap is startup configuration,
 * and the shared test emulator keeps the default 0s).
 */
class GetThreadLongPollTest {

    private static final Workspace WORKSPACE = Workspace.loadDefault();
    private static final User PRIYA = WORKSPACE.userByEmail("priya.natarajan@fernbrook.example").orElseThrow();
    private static final SampleWarehouse WAREHOUSE = new SampleWarehouse();
    private static final ThreadsProperties PROPERTIES = new ThreadsProperties(100, "fixtures/thread-rules.json");
    private static final ThreadResponder RESPONDER =
            new ThreadResponder(new ThreadRules(PROPERTIES, WAREHOUSE), WAREHOUSE, PROPERTIES);

    @Test
    void waitsForTheThreadToFinishWhenThatIsWithinTheCap() {
        Fixture fixture = new Fixture(Duration.ofMillis(300), Duration.ofSeconds(5));
        String id = fixture.start();

        long started = System.nanoTime();
        Map<?, ?> result = fixture.getThread(id);

        assertThat(result.get("status")).isEqualTo("IDLE");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void waitsAtMostTheCapThenReportsRunning() {
        Fixture fixture = new Fixture(Duration.ofMinutes(10), Duration.ofMillis(200));
        String id = fixture.start();

        long started = System.nanoTime();
        Map<?, ?> result = fixture.getThread(id);

        assertThat(result.get("status")).isEqualTo("RUNNING");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void withoutACapItAnswersAtOnce() {
        Fixture fixture = new Fixture(Duration.ofMinutes(10), Duration.ZERO);
        String id = fixture.start();

        long started = System.nanoTime();
        Map<?, ?> result = fixture.getThread(id);

        assertThat(result.get("status")).isEqualTo("RUNNING");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    /** The real engine and tool, wired by hand with the given running time and long-poll cap. */
    private static final class Fixture {
        private final ThreadEngine engine;
        private final GetThreadTool tool;

        Fixture(Duration threadRunning, Duration maxWait) {
            Timings timings = new Timings(new Timings.Settings(Duration.ZERO, Duration.ZERO, threadRunning, 5));
            engine = new ThreadEngine(new ThreadStore(), RESPONDER, timings);
            ThreadLinks links = new ThreadLinks(new PublicUrl(new EmulatorProperties(false, URI.create("http://localhost:1"))),
                    WORKSPACE);
            tool = new GetThreadTool(engine, new ThreadLookup(engine), new ThreadToolViews(links, timings),
                    new ToolResults(JsonMapper.builder().build()),
                    new McpProperties(maxWait, List.of(), "thread_id", "prompt"));
        }

        String start() {
            return engine.start(NewThread.standalone(PRIYA.id(), "How many customers do we have?", ThreadSource.MCP))
                    .id().toString();
        }

        Map<?, ?> getThread(String id) {
            CallToolResult result = tool.call(PRIYA, new ToolArguments(Map.of("thread_id", id)))
                    .block(Duration.ofSeconds(10));
            assertThat(result.isError()).isFalse();
            return (Map<?, ?>) result.structuredContent();
        }
    }
}
