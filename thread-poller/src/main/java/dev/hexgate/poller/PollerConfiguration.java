package dev.hexgate.poller;

import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.poller.hex.AccessTokens;
import dev.hexgate.poller.hex.HexMcpProperties;
import dev.hexgate.poller.hex.McpThreadReader;
import dev.hexgate.poller.hex.ThreadReadException;
import dev.hexgate.poller.hex.ThreadReader;
import dev.hexgate.poller.hex.TokenVaultAccessTokens;
import dev.hexgate.poller.hex.TokenVaultProperties;
import dev.hexgate.poller.polling.EventPublisher;
import dev.hexgate.poller.polling.PollObserver;
import dev.hexgate.poller.polling.PollerProperties;
import dev.hexgate.poller.polling.PublishedFinishes;
import dev.hexgate.poller.polling.ThreadPolls;
import dev.hexgate.poller.schedule.DelayTiers;
import dev.hexgate.poller.schedule.PollingEngine;
import dev.hexgate.poller.state.ThreadStates;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Wires the poller: topics, Kafka clients built from {@code spring.kafka.*}, the state store, Hex, the engine. */
@Configuration(proxyBeanMethods = false)
class PollerConfiguration {

    /** Delay records are short-lived: a poll is at most a minute away, so six hours is plenty to recover. */
    private static final String DELAY_RETENTION = Long.toString(Duration.ofHours(6).toMillis());

    @Bean
    DelayTiers delayTiers(PollerProperties properties) {
        return new DelayTiers(properties.tiers());
    }

    @Bean
    KafkaAdmin.NewTopics pollerTopics(PollerProperties properties, DelayTiers tiers) {
        NewTopic[] topics = new NewTopic[tiers.topics().size() + 1];
        topics[0] = TopicBuilder.name(Topics.THREADS).partitions(properties.partitions()).build();
        for (int i = 0; i < tiers.topics().size(); i++) {
            topics[i + 1] = TopicBuilder.name(tiers.topics().get(i)).partitions(properties.partitions())
                    .config(TopicConfig.RETENTION_MS_CONFIG, DELAY_RETENTION).build();
        }
        return new KafkaAdmin.NewTopics(topics);
    }

    @Bean(destroyMethod = "close")
    Producer<String, byte[]> pollerProducer(KafkaProperties kafka, PollerProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "thread-poller-producer-" + properties.instanceId());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // A send gives up well within the finish-recovery grace, so a finish that is looked for on Kafka after
        // the grace can no longer arrive from a live instance's producer buffer.
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    EventPublisher eventPublisher(Producer<String, byte[]> producer) {
        return new EventPublisher(producer);
    }

    @Bean
    PublishedFinishes publishedFinishes(KafkaProperties kafka, PollerProperties properties) {
        return new PublishedFinishes(() -> {
            Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "thread-poller-finish-check-" + properties.instanceId() + "-" + shortId());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        });
    }

    /** Blocking JDBC runs here, never on the engine's thread or an event loop. */
    @Bean(destroyMethod = "dispose")
    Scheduler pollerDatabaseScheduler(PollerProperties properties) {
        return Schedulers.newBoundedElastic(16, 100_000, "thread-poller-db-" + properties.instanceId());
    }

    @Bean
    ThreadStates threadStates(JdbcClient jdbc) {
        return new ThreadStates(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean(ThreadReader.class)
    McpThreadReader mcpThreadReader(HexMcpProperties hex, TokenVaultProperties vault) {
        AccessTokens tokens = vault.configured() ? new TokenVaultAccessTokens(WebClient.builder(), vault)
                : userKey -> Mono.error(new ThreadReadException(ThreadReadException.Kind.AUTHORIZATION_REQUIRED,
                        "no token-vault configured (hexgate.thread-poller.token-vault.url)", null));
        return new McpThreadReader(hex, tokens);
    }

    @Bean
    ThreadPolls threadPolls(ThreadStates states, ThreadReader reader, EventPublisher publisher,
            PublishedFinishes publishedFinishes, DelayTiers tiers, PollerProperties properties,
            Scheduler pollerDatabaseScheduler, ObjectProvider<PollObserver> observer) {
        return new ThreadPolls(states, reader, publisher, publishedFinishes, tiers, properties,
                pollerDatabaseScheduler, observer.getIfAvailable(() -> PollObserver.NONE), Clock.systemUTC());
    }

    @Bean
    PollingEngine pollingEngine(KafkaProperties kafka, PollerProperties properties, DelayTiers tiers,
            ThreadPolls polls) {
        return new PollingEngine(kafka, properties, tiers, polls);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
