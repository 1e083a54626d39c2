package dev.hexgate.local.bench;

import dev.hexgate.local.LocalStack;
import dev.hexgate.local.LocalStackSettings;
import dev.hexgate.local.LocalStackSettings.Service;
import dev.hexgate.local.RunningStack;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures what the gateway adds to one Hex call: {@code get_hex_project} through the whole system (MCP client →
 * gateway → Kafka → hex-api-service → emulator → Kafka → gateway, over real HTTP) against the same Hex request sent
 * straight to the emulator ({@code GET /api/v1/projects/{id}} with the workspace token), at several numbers of
 * concurrent callers. Not a test: {@code scripts/benchmark-gateway} runs it.
 *
 * <p>Closed loop: each caller sends its next call as soon as the previous one is answered, so throughput is what
 * the system sustains at that concurrency. Every caller has its own MCP session (its own HTTP client), as separate
 * agents would. The stack runs in this JVM, on the same cores as the callers; the emulator's rate limits are off.
 *
 * <p>Settings (system properties): {@code bench.levels} (default {@code 1,16,64}), {@code bench.warmup.seconds}
 * (40, once, before all levels: the JIT compiles the whole stack's code paths for a long time), {@code bench.seconds}
 * (10 per level and target), {@code bench.breakdown} (also the MCP round trip alone), {@code bench.trace} (where
 * the time of a call goes, from the events' timestamps). Prints CPU time per call (of this whole JVM) too: unlike
 * latency and throughput, it hardly depends on what else runs on the machine.
 */
public final class GatewayBenchmark {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final RunningStack running;
    private final String workspaceToken;
    private final List<String> projectIds;
    private final HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GatewayBenchmark(RunningStack running) {
        this.running = running;
        this.workspaceToken = workspaceToken(running.hexApiUrl());
        this.projectIds = projectIds();
    }

    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream(System.getProperty("bench.levels", "1,16,64").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 40));
        Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 10));

        Map<Service, Integer> anyPorts = Arrays.stream(Service.values())
                .collect(Collectors.toMap(Function.identity(), s -> 0));
        try (LocalStack stack = new LocalStack()) {
            long startedAt = System.nanoTime();
            LocalStackSettings settings = new LocalStackSettings(null, null, 0, null, null, 0, anyPorts,
                    "bench", "hxg_bench_" + UUID.randomUUID(), "hxa_bench_" + UUID.randomUUID())
                    // one token for every caller: hexgate's copy of Hex's 30/min would measure the limiter
                    .withServiceProperty(Service.HEX_API_SERVICE, "hexgate.hex-api.rate-limit.enabled", false);
            RunningStack running = stack.start(withTuning(settings, System.getProperty("bench.service-properties", "")));
            System.out.printf(Locale.ROOT, "stack up in %.1f s%n", (System.nanoTime() - startedAt) / 1e9);
            control(running.hexApiUrl(), "PUT", "/_emulator/rate-limits", "{\"enabled\":false}");
            new GatewayBenchmark(running).run(levels, warmup, measure);
            control(running.hexApiUrl(), "PUT", "/_emulator/rate-limits", "{\"enabled\":true}");
        }
        System.exit(0);
    }

    /**
     * Settings to try without a rebuild: {@code service-id:property=value} entries separated by {@code ;}, e.g.
     * {@code gateway-mcp:spring.kafka.producer.properties.linger.ms=1}.
     */
    private static LocalStackSettings withTuning(LocalStackSettings settings, String tuning) {
        LocalStackSettings tuned = settings;
        for (String entry : tuning.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            int equals = entry.indexOf('=', colon);
            Service service = Arrays.stream(Service.values()).filter(s -> s.id().equals(entry.substring(0, colon)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no service " + entry));
            tuned = tuned.withServiceProperty(service, entry.substring(colon + 1, equals).trim(),
                    entry.substring(equals + 1).trim());
            System.out.println("tuning: " + entry.trim());
        }
        return tuned;
    }

    private void run(int[] levels, Duration warmup, Duration measure) throws Exception {
        int maxCallers = Arrays.stream(levels).max().orElse(1);
        List<Caller> gateway = new ArrayList<>();
        for (int i = 0; i < maxCallers; i++) {
            gateway.add(new GatewayCaller(connect()));
        }
        Caller straight = new DirectCaller();

        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.2f; %d seeded projects%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), projectIds.size());
        long idleFrom = processCpuNanos();
        long idleAt = System.nanoTime();
        Thread.sleep(3000);
        System.out.printf(Locale.ROOT, "idle stack: %.0f ms CPU per second%n",
                (processCpuNanos() - idleFrom) / 1e6 / ((System.nanoTime() - idleAt) / 1e9));
        System.out.printf(Locale.ROOT, "warming up for %d s...%n", warmup.toSeconds());
        Duration half = warmup.dividedBy(2);
        measure(gateway.subList(0, Math.min(16, maxCallers)), half);
        measure(repeat(straight, Math.min(16, maxCallers)), half);

        if (Boolean.getBoolean("bench.trace")) {
            new Trace(running.kafkaBootstrapServers()).run((GatewayCaller) gateway.get(0), projectIds, 300);
            new Trace(running.kafkaBootstrapServers()).runConcurrent(gateway.subList(0, Math.min(16, maxCallers)),
                    projectIds, 40);
        }

        List<String[]> rows = new ArrayList<>();
        if (Boolean.getBoolean("bench.breakdown")) {
            // Parts of the gateway path on their own: the MCP round trip without Kafka (ping; a call refused by
            // argument validation), at 16 callers.
            int callers = Math.min(16, maxCallers);
            List<Caller> pings = new ArrayList<>();
            List<Caller> invalid = new ArrayList<>();
            for (Caller caller : gateway.subList(0, callers)) {
                McpSyncClient client = ((GatewayCaller) caller).client;
                pings.add(projectId -> client.ping() != null);
                invalid.add(projectId -> Boolean.TRUE.equals(client.callTool(CallToolRequest.builder("get_hex_project")
                        .arguments(Map.of("project_id", "not-a-uuid")).build()).isError()));
            }
            for (String[] part : new String[][] {{"mcp ping"}, {"mcp invalid"}}) {
                Result result = measure(part[0].equals("mcp ping") ? pings : invalid, measure);
                rows.add(new String[] {String.valueOf(callers), part[0], result.p(50), result.p(90), result.p(99),
                        result.max(), result.rate(), result.cpuPerCall(), String.valueOf(result.errors), ""});
            }
        }
        for (int callers : levels) {
            System.out.printf("measuring direct at %d callers...%n", callers);
            Result direct = measure(repeat(straight, callers), measure);
            System.out.printf("measuring gateway at %d callers...%n", callers);
            Result through = measure(gateway.subList(0, callers), measure);
            rows.add(new String[] {String.valueOf(callers), "direct", direct.p(50), direct.p(90), direct.p(99),
                    direct.max(), direct.rate(), direct.cpuPerCall(), String.valueOf(direct.errors), ""});
            rows.add(new String[] {String.valueOf(callers), "gateway", through.p(50), through.p(90), through.p(99),
                    through.max(), through.rate(), through.cpuPerCall(), String.valueOf(through.errors),
                    String.format(Locale.ROOT,
                    "p50 +%.2f ms, p99 +%.2f ms, x%.2f p50, x%.2f calls/s",
                    (through.percentileNanos(50) - direct.percentileNanos(50)) / 1e6,
                    (through.percentileNanos(99) - direct.percentileNanos(99)) / 1e6,
                    (double) through.percentileNanos(50) / Math.max(1, direct.percentileNanos(50)),
                    through.perSecond() / Math.max(1e-9, direct.perSecond()))});
        }
        print(rows);
        for (Caller caller : gateway) {
            ((GatewayCaller) caller).client.closeGracefully();
        }
    }

    private static List<Caller> repeat(Caller caller, int times) {
        List<Caller> callers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            callers.add(caller);
        }
        return callers;
    }

    /** Runs the callers concurrently for the duration; each records the latency of every call it completes. */
    private Result measure(List<Caller> callers, Duration duration) throws InterruptedException {
        long[][] latencies = new long[callers.size()][];
        int[] counts = new int[callers.size()];
        AtomicLong errors = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(callers.size());
        long[] window = new long[2];
        for (int i = 0; i < callers.size(); i++) {
            int index = i;
            Caller caller = callers.get(i);
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int count = 0;
                int next = index * 7;
                try {
                    start.await();
                    long end = window[1];
                    while (System.nanoTime() < end) {
                        String projectId = projectIds.get(next++ % projectIds.size());
                        long t0 = System.nanoTime();
                        boolean ok = caller.call(projectId);
                        long took = System.nanoTime() - t0;
                        if (!ok) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (count == mine.length) {
                            mine = Arrays.copyOf(mine, mine.length * 2);
                        }
                        mine[count++] = took;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[index] = mine;
                    counts[index] = count;
                    done.countDown();
                }
            }, "bench-caller-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        long cpuBefore = processCpuNanos();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        start.countDown();
        done.await();
        long elapsed = System.nanoTime() - window[0];
        long cpu = processCpuNanos() - cpuBefore;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < latencies.length; i++) {
            System.arraycopy(latencies[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new Result(all, elapsed, errors.get(), cpu);
    }

    /** CPU time of this whole JVM (stack and callers alike), so per-call cost does not depend on other load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private McpSyncClient connect() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder(running.baseUrlOf(Service.GATEWAY_MCP))
                .endpoint("/mcp")
                .clientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + running.apiKey()))
                .build();
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("hexgate-bench", "1").build())
                .requestTimeout(Duration.ofSeconds(60))
                .build();
        client.initialize();
        return client;
    }

    interface Caller {
        /** One get-project call; false when it did not answer the asked-for project. */
        boolean call(String projectId);
    }

    static final class GatewayCaller implements Caller {

        private final McpSyncClient client;

        GatewayCaller(McpSyncClient client) {
            this.client = client;
        }

        @Override
        public boolean call(String projectId) {
            CallToolResult result = client.callTool(CallToolRequest.builder("get_hex_project")
                    .arguments(Map.of("project_id", projectId)).build());
            return !Boolean.TRUE.equals(result.isError()) && result.structuredContent() instanceof Map<?, ?> project
                    && projectId.equals(project.get("id"));
        }
    }

    private final class DirectCaller implements Caller {

        @Override
        public boolean call(String projectId) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(running.hexApiUrl() + "/api/v1/projects/" + projectId))
                    .header("Authorization", "Bearer " + workspaceToken)
                    .header("Accept", "application/json")
                    .GET().build();
            try {
                HttpResponse<byte[]> response = direct.send(request, HttpResponse.BodyHandlers.ofByteArray());
                return response.statusCode() == 200
                        && projectId.equals(JSON.readTree(response.body()).path("id").asString());
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private record Result(long[] sortedNanos, long elapsedNanos, long errors, long cpuNanos) {

        String cpuPerCall() {
            return sortedNanos.length == 0 ? "-"
                    : String.format(Locale.ROOT, "%.2f", cpuNanos / 1e6 / sortedNanos.length);
        }

        long percentileNanos(int percentile) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))];
        }

        double perSecond() {
            return sortedNanos.length / (elapsedNanos / 1e9);
        }

        String p(int percentile) {
            return String.format(Locale.ROOT, "%.2f", percentileNanos(percentile) / 1e6);
        }

        String max() {
            return String.format(Locale.ROOT, "%.1f", sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6);
        }

        String rate() {
            return String.format(Locale.ROOT, "%.0f", perSecond());
        }
    }

    private static void print(List<String[]> rows) {
        String[] header = {"callers", "target", "p50 ms", "p90 ms", "p99 ms", "max ms", "calls/s", "cpu ms/call",
                "errors", "gateway vs direct"};
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.length];
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder("\n");
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                out.append(i < 2 ? String.format("%-" + widths[i] + "s  ", row[i])
                        : String.format("%" + widths[i] + "s  ", row[i]));
            }
            out.append('\n');
        }
        System.out.println(out);
    }

    private List<String> projectIds() {
        JsonNode page = JSON.readTree(new EmulatorHttp(running.hexApiUrl())
                .hex(workspaceToken, "GET", "/api/v1/projects?limit=100", null));
        List<String> ids = new ArrayList<>();
        page.path("values").forEach(project -> ids.add(project.path("id").asString()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("the emulator lists no projects");
        }
        return ids;
    }

    private static String workspaceToken(String emulatorUrl) {
        JsonNode tokens = JSON.readTree(control(emulatorUrl, "GET", "/_emulator/tokens", null)).path("tokens");
        for (JsonNode token : tokens) {
            if ("workspace".equals(token.path("kind").asString())) {
                return token.path("token").asString();
            }
        }
        throw new IllegalStateException("the emulator lists no workspace token");
    }

    private static String control(String emulatorUrl, String method, String path, String body) {
        return new EmulatorHttp(emulatorUrl).control(method, path, body);
    }
}
