package dev.hexgate.poller.bench;

import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadStarted;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.poller.PollerTestSupport;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/**
 * Not a test: N threads in flight through real thread-poller instances (engine, PostgreSQL state, Kafka delay
 * topics), every thread answering RUNNING with {@code waitTime} 20 at once, so each is polled every 20 s for ever.
 * Prints the polls per second sustained, the lateness of every poll in the measured window (the time Hex would be
 * called minus the poll's due time, so it includes the state read), and CPU: the poller's own threads (engine,
 * database workers, its Kafka clients), the whole JVM (which here also hosts the Kafka broker) and GC.
 *
 * <p>With {@code -Dbench.instances=2} (or more, up to the 6 partitions) the instances run as application contexts in
 * this JVM, in one consumer group and on one database, each with its own instance id ({@code bench-1}, ...). Each
 * also gets its polls, lateness, partitions and CPU printed; a thread's CPU belongs to the instance whose id its
 * name carries ({@code thread-poller-engine-<id>}, {@code thread-poller-db-<id>-N}, the producer's
 * {@code thread-poller-producer-<id>}); the few poller threads that name no instance (the consumers' heartbeat
 * threads, the connection pools' housekeepers) are shown apart.
 *
 * <p>The thread reader is in-process, not the emulator: at 500–2,500 {@code get_thread}/s the emulator's MCP server
 * would need the cores the poller is measured on. Starts are sent spread over one interval, so polls are spread too.
 *
 * <p>{@code -Dbench.threads=10000 -Dbench.seconds=60 -Dbench.warmup.seconds=40 -Dbench.interval.seconds=20
 * -Dbench.instances=1}
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
        int instanceCount = Integer.getInteger("bench.instances", 1);

        String kafka = SharedKafka.get().bootstrapServers();
        Postgres postgres = SharedPostgres.get();
        String database = postgres.createDatabase();
        String group = "thread-poller-bench-" + UUID.randomUUID().toString().substring(0, 8);
        List<Instance> instances = new ArrayList<>();
        for (int i = 1; i <= instanceCount; i++) {
            // one after the other: they would otherwise run the same Flyway migration at once
            instances.add(Instance.start("bench-" + i, threads * (seconds / interval + 2) * 2, kafka, postgres,
                    database, group, interval));
        }
        if (instanceCount > 1) {
            System.out.printf("waiting until the %d instances share the partitions ...%n", instanceCount);
            awaitShared(kafka, group, instances);
        }

        System.out.printf("seeding %,d threads over %d s ...%n", threads, interval);
        seed(kafka, threads, interval);
        System.out.printf("warming up %d s ...%n", warmup);
        LockSupport.parkNanos(Duration.ofSeconds(warmup).toNanos());

        Map<Long, ThreadCpu> cpuBefore = pollerThreadCpu();
        long processBefore = processCpuNanos();
        long gcBefore = gcMillis();
        int postgresPort = java.net.URI.create(database.substring("jdbc:".length())).getPort();
        long childrenBefore = postgresCpuTicks(postgresPort);
        long wallBefore = System.nanoTime();
        instances.forEach(instance -> instance.samples.recording = true);
        LockSupport.parkNanos(Duration.ofSeconds(seconds).toNanos());
        instances.forEach(instance -> instance.samples.recording = false);
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        Map<Long, ThreadCpu> cpuAfter = pollerThreadCpu();
        double pollerCpu = cpuDelta(cpuBefore, cpuAfter, name -> true) / 1e9;
        double processCpu = (processCpuNanos() - processBefore) / 1e9;
        double gc = (gcMillis() - gcBefore) / 1e3;
        double postgresCpu = (postgresCpuTicks(postgresPort) - childrenBefore) / 100.0;
        Map<String, Integer> partitions = ownedDelayPartitions(kafka, group);

        long[] lateness = Samples.merged(instances.stream().map(instance -> instance.samples).toList());
        System.out.println();
        System.out.printf("threads in flight      %,d (interval %d s, %d partitions per delay topic, %s)%n",
                threads, interval,
                6, instanceCount == 1 ? "one poller instance" : instanceCount + " poller instances in one group");
        System.out.printf("polls in %.0f s         %,d = %.0f polls/s (expected %.0f/s)%n", wall, lateness.length,
                lateness.length / wall, threads / (double) interval);
        System.out.printf("lateness (ms)          p50 %d  p90 %d  p99 %d  p99.9 %d  max %d  min %d%n",
                pct(lateness, 0.50), pct(lateness, 0.90), pct(lateness, 0.99), pct(lateness, 0.999),
                max(lateness), lateness.length == 0 ? 0 : lateness[0]);
        System.out.printf("early polls            %d%n", Arrays.stream(lateness).filter(l -> l < 0).count());
        System.out.printf("CPU poller threads     %.1f s = %.1f %% of one core%s%n", pollerCpu, 100 * pollerCpu / wall,
                instanceCount == 1 ? "" : " (all instances)");
        System.out.printf("CPU whole JVM          %.1f s = %.1f %% of one core (includes the in-process Kafka broker, "
                + "JIT, GC)%n", processCpu, 100 * processCpu / wall);
        System.out.printf("CPU PostgreSQL         %.1f s = %.1f %% of one core (embedded server processes)%n",
                postgresCpu, 100 * postgresCpu / wall);
        System.out.printf("GC time                %.2f s%n", gc);
        if (instanceCount > 1) {
            System.out.println();
            System.out.println("per instance (delay-topic partitions owned at the end of the window, of 12: the 1 s "
                    + "tier and the interval's)");
            double attributed = 0;
            for (Instance instance : instances) {
                long[] own = instance.samples.sorted();
                double cpu = cpuDelta(cpuBefore, cpuAfter, instance::owns) / 1e9;
                attributed += cpu;
                System.out.printf("  %-8s  %,d polls = %.0f/s  %d delay partitions  lateness p50 %d  p99 %d  max %d ms"
                        + "  CPU %.1f s = %.1f %% of one core%n", instance.id, own.length, own.length / wall,
                        partitions.getOrDefault(instance.id, 0), pct(own, 0.50), pct(own, 0.99), max(own), cpu,
                        100 * cpu / wall);
            }
            System.out.printf("  poller threads naming no instance (heartbeats, pool housekeepers)  CPU %.1f s = %.1f %% "
                    + "of one core%n", pollerCpu - attributed, 100 * (pollerCpu - attributed) / wall);
        }
        for (Instance instance : instances) {
            instance.context.close();
        }
        System.exit(0);
    }

    /** One poller instance: an application context of its own in this JVM, with its own lateness samples. */
    private static final class Instance {
        final String id;
        final Samples samples;
        final ConfigurableApplicationContext context;

        private Instance(String id, Samples samples, ConfigurableApplicationContext context) {
            this.id = id;
            this.samples = samples;
            this.context = context;
        }

        static Instance start(String id, int capacity, String kafka, Postgres postgres, String database,
                String group, int interval) {
            Samples samples = new Samples(capacity);
            ThreadSnapshot running = new ThreadSnapshot("RUNNING", interval, List.of(), null, null, null);
            ThreadReader reader = (userKey, threadId) -> Mono.just(running);
            ConfigurableApplicationContext context = PollerTestSupport.startPoller(reader, samples, List.of(
                            "--server.port=0", "--spring.main.banner-mode=off",
                            "--spring.kafka.bootstrap-servers=" + kafka,
                            "--spring.datasource.url=" + database,
                            "--spring.datasource.username=" + postgres.username(),
                            "--spring.datasource.password=" + postgres.password(),
                            "--hexgate.thread-poller.consumer-group=" + group,
                            "--hexgate.thread-poller.instance-id=" + id,
                            "--hexgate.thread-poller.tiers=1s," + interval + "s",
                            "--hexgate.thread-poller.budget.max-polls=0",
                            "--hexgate.thread-poller.budget.max-wait=" + interval + "s"));
            return new Instance(id, samples, context);
        }

        /** Threads named after this instance (see the class comment). */
        boolean owns(String threadName) {
            return threadName.equals("thread-poller-engine-" + id)
                    || threadName.startsWith("thread-poller-db-" + id + "-")
                    || threadName.endsWith("thread-poller-producer-" + id);
        }
    }

    /** Waits until every instance's engine is a member of the group owning partitions, before any thread starts. */
    private static void awaitShared(String kafka, String group, List<Instance> instances) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            Awaitility.await("the instances share the partitions").atMost(Duration.ofSeconds(60)).until(() ->
                    admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().members()
                            .stream().filter(member -> !member.assignment().topicPartitions().isEmpty())
                            .count() == instances.size());
        }
    }

    /** Per instance id, how many delay-topic partitions its engine owns now. */
    private static Map<String, Integer> ownedDelayPartitions(String kafka, String group) throws Exception {
        Map<String, Integer> owned = new HashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            for (MemberDescription member : admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get().members()) {
                String id = member.clientId().replace("thread-poller-engine-", "");
                owned.merge(id, (int) member.assignment().topicPartitions().stream()
                        .filter(p -> !p.topic().equals(Topics.THREADS)).count(), Integer::sum);
            }
        }
        return owned;
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

        static long[] merged(List<Samples> all) {
            return all.stream().map(Samples::sorted).flatMapToLong(Arrays::stream).sorted().toArray();
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

    private static long max(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private record ThreadCpu(String name, long nanos) {
    }

    /** CPU of the poller's own threads: names carry "thread-poller" (engine, db workers, its Kafka clients). */
    private static Map<Long, ThreadCpu> pollerThreadCpu() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<Long, ThreadCpu> cpu = new HashMap<>();
        for (ThreadInfo info : bean.dumpAllThreads(false, false)) {
            if (info.getThreadName().contains("thread-poller")) {
                cpu.put(info.getThreadId(), new ThreadCpu(info.getThreadName(),
                        bean.getThreadCpuTime(info.getThreadId())));
            }
        }
        return cpu;
    }

    private static long cpuDelta(Map<Long, ThreadCpu> before, Map<Long, ThreadCpu> after,
            Predicate<String> threadName) {
        long total = 0;
        for (Map.Entry<Long, ThreadCpu> e : after.entrySet()) {
            if (threadName.test(e.getValue().name())) {
                ThreadCpu earlier = before.get(e.getKey());
                total += Math.max(0, e.getValue().nanos() - (earlier == null ? 0 : earlier.nanos()));
            }
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
