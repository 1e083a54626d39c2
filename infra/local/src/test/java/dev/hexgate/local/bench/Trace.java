package dev.hexgate.local.bench;

import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Where the time of one call goes, from the events' own timestamps (microseconds, one clock: one JVM) and an
 * observer consumer: one caller, sequential calls, medians per stage.
 */
final class Trace {

    private final String bootstrap;

    Trace(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Stages of each command seen on Kafka while {@code callers} call concurrently (no client-side stages). */
    void runConcurrent(List<GatewayBenchmark.Caller> callers, List<String> projectIds, int callsEach)
            throws Exception {
        stagesOnKafka(() -> {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < callers.size(); t++) {
                GatewayBenchmark.Caller caller = callers.get(t);
                int offset = t;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < callsEach; i++) {
                        caller.call(projectIds.get((offset + i) % projectIds.size()));
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, callers.size());
    }

    private void stagesOnKafka(Runnable load, int callers) throws Exception {
        Map<String, Instant> seenCommand = new ConcurrentHashMap<>();
        Map<String, Instant> seenResult = new ConcurrentHashMap<>();
        Map<String, CommandRequested> commands = new ConcurrentHashMap<>();
        Map<String, CommandCompleted> results = new ConcurrentHashMap<>();
        Map<String, Instant> resultCeTime = new ConcurrentHashMap<>();
        Map<String, Instant> commandCeTime = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread observer = observe(stop, seenCommand, seenResult, commands, results, commandCeTime, resultCeTime);
        Thread.sleep(1000);
        load.run();
        Thread.sleep(1000);
        stop.set(true);
        observer.join();
        String[] names = {"requestedAt → observer saw command", "command ce_time → hex-api completedAt (consume + Hex)",
                "completedAt → result ce_time", "result ce_time → observer saw result", "requestedAt → observer saw result"};
        List<List<Double>> stages = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            stages.add(new ArrayList<>());
        }
        for (CommandRequested c : commands.values()) {
            CommandCompleted r = results.get(c.commandId());
            if (r == null || seenCommand.get(c.commandId()) == null || seenResult.get(c.commandId()) == null) {
                continue;
            }
            stages.get(0).add(ms(c.requestedAt(), seenCommand.get(c.commandId())));
            stages.get(1).add(ms(commandCeTime.get(c.commandId()), r.completedAt()));
            stages.get(2).add(ms(r.completedAt(), resultCeTime.get(c.commandId())));
            stages.get(3).add(ms(resultCeTime.get(c.commandId()), seenResult.get(c.commandId())));
            stages.get(4).add(ms(c.requestedAt(), seenResult.get(c.commandId())));
        }
        print("commands of " + callers + " concurrent callers", names, stages);
    }

    private Thread observe(AtomicBoolean stop, Map<String, Instant> seenCommand, Map<String, Instant> seenResult,
            Map<String, CommandRequested> commands, Map<String, CommandCompleted> results,
            Map<String, Instant> commandCeTime, Map<String, Instant> resultCeTime) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.COMMANDS, Topics.COMMAND_RESULTS)) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        Thread observer = new Thread(() -> {
            while (!stop.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    Instant now = Instant.now();
                    HexgateEvent event = EventRecords.fromRecord(record);
                    Instant ceTime = Instant.parse(EventRecords.header(record.headers(), EventHeaders.CE_TIME));
                    if (event instanceof CommandRequested c) {
                        seenCommand.put(c.commandId(), now);
                        commands.put(c.commandId(), c);
                        commandCeTime.put(c.commandId(), ceTime);
                    } else if (event instanceof CommandCompleted c) {
                        seenResult.put(c.commandId(), now);
                        results.put(c.commandId(), c);
                        resultCeTime.put(c.commandId(), ceTime);
                    }
                }
            }
            consumer.close();
        }, "bench-trace-observer");
        observer.start();
        return observer;
    }

    private static void print(String title, String[] names, List<List<Double>> stages) {
        System.out.println("\ntrace of " + stages.get(0).size() + " " + title + " (median / p90 / max ms):");
        for (int i = 0; i < names.length; i++) {
            List<Double> v = stages.get(i);
            v.sort(Double::compare);
            if (v.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  %-58s %7.2f %7.2f %7.2f%n", names[i], v.get(v.size() / 2),
                    v.get((int) (v.size() * 0.9)), v.get(v.size() - 1));
        }
    }

    void run(GatewayBenchmark.GatewayCaller caller, List<String> projectIds, int calls) throws Exception {
        Map<String, Instant[]> byProject = new ConcurrentHashMap<>();
        Map<String, Instant> seenCommand = new ConcurrentHashMap<>();
        Map<String, Instant> seenResult = new ConcurrentHashMap<>();
        Map<String, CommandRequested> commands = new ConcurrentHashMap<>();
        Map<String, CommandCompleted> results = new ConcurrentHashMap<>();
        Map<String, Instant> resultCeTime = new ConcurrentHashMap<>();
        Map<String, Instant> commandCeTime = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread observer = observe(stop, seenCommand, seenResult, commands, results, commandCeTime, resultCeTime);
        Thread.sleep(1000);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String projectId = projectIds.get(i % projectIds.size()) ;
            Instant t0 = Instant.now();
            caller.call(projectId);
            Instant t4 = Instant.now();
            byProject.put(i + ":" + projectId, new Instant[] {t0, t4});
            order.add(i + ":" + projectId);
        }
        Thread.sleep(1000);
        stop.set(true);
        observer.join();

        // Sequential calls: the n-th command seen (by requestedAt) belongs to the n-th call.
        List<CommandRequested> sorted = new ArrayList<>(commands.values());
        sorted.sort((a, b) -> a.requestedAt().compareTo(b.requestedAt()));
        String[] names = {"client → gateway published (requestedAt)", "requestedAt → observer saw command",
                "command ce_time → hex-api completedAt (consume + Hex)", "completedAt → result ce_time",
                "result ce_time → observer saw result", "result ce_time → client has answer", "total"};
        List<List<Double>> stages = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            stages.add(new ArrayList<>());
        }
        for (int i = 0; i < Math.min(sorted.size(), order.size()); i++) {
            CommandRequested c = sorted.get(i);
            Instant[] t = byProject.get(order.get(i));
            CommandCompleted r = results.get(c.commandId());
            if (r == null || t == null || seenCommand.get(c.commandId()) == null
                    || seenResult.get(c.commandId()) == null) {
                continue;
            }
            stages.get(0).add(ms(t[0], c.requestedAt()));
            stages.get(1).add(ms(c.requestedAt(), seenCommand.get(c.commandId())));
            stages.get(2).add(ms(commandCeTime.get(c.commandId()), r.completedAt()));
            stages.get(3).add(ms(r.completedAt(), resultCeTime.get(c.commandId())));
            stages.get(4).add(ms(resultCeTime.get(c.commandId()), seenResult.get(c.commandId())));
            stages.get(5).add(ms(resultCeTime.get(c.commandId()), t[1]));
            stages.get(6).add(ms(t[0], t[1]));
        }
        System.out.println("\ntrace of " + stages.get(6).size() + " sequential calls (median / p90 ms):");
        for (int i = 0; i < names.length; i++) {
            List<Double> v = stages.get(i);
            v.sort(Double::compare);
            if (v.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  %-58s %7.2f %7.2f%n", names[i], v.get(v.size() / 2),
                    v.get((int) (v.size() * 0.9)));
        }
    }

    private static double ms(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }
}
