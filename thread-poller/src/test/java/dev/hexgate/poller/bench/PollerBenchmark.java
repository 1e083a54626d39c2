package dev.hexgate.poller.bench;

import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadStarted;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.poller.ThreadPollerApplication;
import dev.hexgate.poller.hex.ThreadReader;
import dev.hexgate.poller.hex.ThreadSnapshot;
import dev.hexgate.poller.polling.PollObserver;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import reactor.core.publisher.Mono;

/**
 * Not a test: N threads in flight through one real thread-poller (its engine, PostgreSQL state, Kafka delay topics),
 * every thread answering RUNNING with {@code waitTime} 20 at once, so each is polled every 20 s for ever. Prints the
 * polls per second the instance sustained, the lateness of every poll in the measured window (the time Hex would be
 * called minus the poll's due time, so it includes the state read), and CPU: the poller's own threads (engine,
 * database workers, its Kafka clients), the whole JVM (which here also hosts the Kafka broker) and GC.
 *
 * <p>The thread reader is in-process, not the emulator: at 500–2,500 {@code get_thread}/s the emulator's MCP server
 * would need the cores the poller is measured on. Starts are sent spread over one interval, so polls are spread too.
 *
 * <p>{@code -Dbench.threads=10000 -Dbench.seconds=60 -Dbench.warmup.seconds=40 -Dbench.interval.seconds=20}
 */
public final class PollerBenchmark {

    private static final long[] NO_SAMPLES = new long[0];

    private PollerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("bench.threads", 10_000);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup.seconds", 40);
        int interval = Integer.getInteger("bench.interval.seconds", 20);

        String kafka = SharedKafka.get().bootstrapServers();
        Postgres postgres = SharedPostgres.get();
        String database = postgres.createDatabase();
        Samples samples = new Samples(threads * (seconds / interval + 2) * 2);
        ThreadSnapshot running = new ThreadSnapshot("RUNNING", interval, List.of(), null, null, null);
        ThreadReader reader = (userKey, threadId) -> Mono.just(running);
        String group = "thread-poller-bench-" + UUID.randomUUID().toString().substring(0, 8);
        ConfigurableApplicationContext poller = ThreadPollerApplication.application()
                .initializers(context -> {
                    ((GenericApplicationContext) context).registerBean(ThreadReader.class, () -> reader);
                    ((GenericApplicationContext) context).registerBean(PollObserver.class, () -> samples);
                })
                .run("--server.port=0", "--spring.main.banner-mode=off",
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + postgres.username(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--hexgate.thread-poller.consumer-group=" + group,
                        "--hexgate.thread-poller.tiers=1s," + interval + "s",
                        "--hexgate.thread-poller.budget.max-polls=0",
                        "--hexgate.thread-poller.budget.max-wait=" + interval + "s");

        System.out.printf("seeding %,d threads over %d s ...%n", threads, interval);
        seed(kafka, threads, interval);
        System.out.printf("warming up %d s ...%n", warmup);
        LockSupport.parkNanos(Duration.ofSeconds(warmup).toNanos());

        Map<Long, Long> cpuBefore = pollerThreadCpu();
        long processBefore = processCpuNanos();
        long gcBefore = gcMillis();
        int postgresPort = java.net.URI.create(database.substring("jdbc:".length())).getPort();
        long childrenBefore = postgresCpuTicks(postgresPort);
        long wallBefore = System.nanoTime();
        samples.recording = true;
        LockSupport.parkNanos(Duration.ofSeconds(seconds).toNanos());
        samples.recording = false;
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        double pollerCpu = cpuDelta(cpuBefore, pollerThreadCpu()) / 1e9;
        double processCpu = (processCpuNanos() - processBefore) / 1e9;
        double gc = (gcMillis() - gcBefore) / 1e3;
        double postgresCpu = (postgresCpuTicks(postgresPort) - childrenBefore) / 100.0;

        long[] lateness = samples.sorted();
        System.out.println();
        System.out.printf("threads in flight      %,d (interval %d s, %d delay partitions, one poller instance)%n",
                threads, interval, 6);
        System.out.printf("polls in %.0f s         %,d = %.0f polls/s (expected %.0f/s)%n", wall, lateness.length,
                lateness.length / wall, threads / (double) interval);
        System.out.printf("lateness (ms)          p50 %d  p90 %d  p99 %d  p99.9 %d  max %d  min %d%n",
                pct(lateness, 0.50), pct(lateness, 0.90), pct(lateness, 0.99), pct(lateness, 0.999),
                lateness.length == 0 ? 0 : lateness[lateness.length - 1], lateness.length == 0 ? 0 : lateness[0]);
        System.out.printf("early polls            %d%n", Arrays.stream(lateness).filter(l -> l < 0).count());
        System.out.printf("CPU poller threads     %.1f s = %.1f %% of one core%n", pollerCpu, 100 * pollerCpu / wall);
        System.out.printf("CPU whole JVM          %.1f s = %.1f %% of one core (includes the in-process Kafka broker, "
                + "JIT, GC)%n", processCpu, 100 * processCpu / wall);
        System.out.printf("CPU PostgreSQL         %.1f s = %.1f %% of one core (embedded server processes)%n",
                postgresCpu, 100 * postgresCpu / wall);
        System.out.printf("GC time                %.2f s%n", gc);
        poller.close();
        System.exit(0);
    }

    /** Open loop: starts sent at a fixed rate over one interval, whatever the poller is doing. */
    private static void seed(String kafka, int threads, int interval) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            long start = System.nanoTime();
            long step = Duration.ofSeconds(interval).toNanos() / threads;
            for (int i = 0; i < threads; i++) {
                long due = start + i * step;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String threadId = UUID.randomUUID().toString();
                String commandId = UUID.randomUUID().toString();
                producer.send(EventRecords.toRecord(new ThreadStarted(UUID.randomUUID().toString(), threadId,
                        commandId, "mcp:bench-" + (i % 100), Origin.mcp("gw-bench", commandId), null, null,
                        Instant.now(), null), "bench"));
            }
        }
    }

    /** Lateness of every poll made while recording: when the poller is about to call Hex, minus the due time. */
    private static final class Samples implements PollObserver {
        private final long[] values;
        private final AtomicLong count = new AtomicLong();
        volatile boolean recording;

        Samples(int capacity) {
            values = new long[capacity];
        }

        @Override
        public void polling(dev.hexgate.contracts.events.ThreadPollDue poll, Instant at) {
            if (recording && poll.attempt() > 1) {
                long index = count.getAndIncrement();
                if (index < values.length) {
                    values[(int) index] = Duration.between(poll.dueAt(), at).toMillis();
                }
            }
        }

        long[] sorted() {
            int n = (int) Math.min(count.get(), values.length);
            if (n == 0) {
                return NO_SAMPLES;
            }
            long[] copy = Arrays.copyOf(values, n);
            Arrays.sort(copy);
            return copy;
        }
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** CPU of the poller's own threads: names carry "thread-poller" (engine, db workers, its Kafka clients). */
    private static Map<Long, Long> pollerThreadCpu() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : bean.dumpAllThreads(false, false)) {
            if (info.getThreadName().contains("thread-poller")) {
                cpu.put(info.getThreadId(), bean.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    private static long cpuDelta(Map<Long, Long> before, Map<Long, Long> after) {
        long total = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            total += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
        return total;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * utime + stime of the embedded PostgreSQL (its postmaster, found by the port on its command line, and every
     * backend under it), in clock ticks (100/s on Linux). pg_ctl daemonizes it, so it is no child of this JVM.
     */
    private static long postgresCpuTicks(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains("-p " + port)
                        || c.contains("port=" + port)).orElse(false))
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                .distinct()
                .mapToLong(process -> {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", process.pid() + "", "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (Exception gone) {
                return 0L;
            }
        }).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
