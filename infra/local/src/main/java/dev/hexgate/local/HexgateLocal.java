package dev.hexgate.local;

import dev.hexgate.local.LocalStackSettings.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: starts the whole system on embedded defaults, prints how to connect, writes {@code .hexgate/},
 * and stops everything on Ctrl-C. {@code KAFKA_BOOTSTRAP_SERVERS}, {@code DATABASE_URL}, {@code HEX_API_URL} and
 * {@code HEX_API_TOKEN} point it at real ones instead.
 */
public final class HexgateLocal {

    private static final SecureRandom RANDOM = new SecureRandom();

    private HexgateLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        long startedAt = System.nanoTime();
        Map<String, String> env = System.getenv();
        LocalStackSettings settings = new LocalStackSettings(
                env.get("KAFKA_BOOTSTRAP_SERVERS"),
                env.get("DATABASE_URL"),
                intEnv(env, "HEXGATE_LOCAL_POSTGRES_PORT", 5433),
                env.get("HEX_API_URL"),
                env.get("HEX_API_TOKEN"),
                intEnv(env, "HEX_EMULATOR_PORT", 8090),
                Map.of(),
                env.getOrDefault("HEXGATE_LOCAL_USER", "local"),
                "hxg_" + randomToken(),
                adminToken(env));

        LocalStack stack = new LocalStack();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("hexgate: stopping…");
            stack.close();
            stopped.countDown();
        }, "hexgate-local-shutdown"));

        RunningStack running = stack.start(settings);
        Path dir = writeDotHexgate(Path.of(".hexgate"), running);
        long seconds = (System.nanoTime() - startedAt) / 1_000_000_000L;
        System.out.println(banner(running, dir, seconds));
        stopped.await();
    }

    private static String banner(RunningStack running, Path dir, long seconds) {
        StringBuilder text = new StringBuilder("\n");
        text.append("hexgate is up (").append(seconds).append(" s).\n\n");
        text.append("  MCP endpoint    ").append(running.mcpUrl()).append('\n');
        text.append("  API key         ").append(running.apiKey()).append("   (send as Authorization: Bearer <key>)\n");
        text.append("  New API keys    curl -H \"Authorization: Bearer $(cat .hexgate/admin-token)\" -H 'Content-Type: application/json' \\\n")
                .append("                    -d '{\"user\":\"<name>\"}' ").append(running.baseUrlOf(Service.TOKEN_VAULT))
                .append("/admin/api-keys\n");
        text.append("  Hex REST API    ").append(running.hexApiUrl()).append('\n');
        text.append("  Kafka           ").append(running.kafkaBootstrapServers()).append('\n');
        text.append("  PostgreSQL      ").append(running.databaseUrl()).append('\n');
        for (Service service : Service.values()) {
            text.append("  ").append(String.format("%-16s", service.id())).append(running.baseUrlOf(service))
                    .append("/actuator/health\n");
        }
        text.append("\n  Key, admin token and environment written to ").append(dir).append("/\n");
        text.append("  Ctrl-C stops everything.\n");
        return text.toString();
    }

    /** Files for scripts and later sessions; readable by the owner only, since they hold credentials. */
    static Path writeDotHexgate(Path target, RunningStack running) {
        Path dir = target.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            writeSecret(dir.resolve("api-key"), running.apiKey() + "\n");
            writeSecret(dir.resolve("admin-token"), running.adminToken() + "\n");
            writeSecret(dir.resolve("env"), String.join("\n",
                    "KAFKA_BOOTSTRAP_SERVERS=" + running.kafkaBootstrapServers(),
                    "DATABASE_URL='" + running.databaseUrl() + "'",
                    "HEX_API_URL=" + running.hexApiUrl(),
                    "HEX_MCP_URL=" + running.hexMcpUrl(),
                    "HEXGATE_MCP_URL=" + running.mcpUrl(),
                    "HEXGATE_TOKEN_VAULT_URL=" + running.baseUrlOf(Service.TOKEN_VAULT),
                    "") );
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir, e);
        }
    }

    private static void writeSecret(Path file, String content) throws IOException {
        Files.writeString(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile directory protects it instead.
        }
    }

    /** {@code HEXGATE_ADMIN_TOKEN} when set, so that scripts can keep one; else a new one per run. */
    private static String adminToken(Map<String, String> env) {
        String configured = env.get("HEXGATE_ADMIN_TOKEN");
        return configured == null || configured.isBlank() ? "hxa_" + randomToken() : configured.trim();
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int intEnv(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
