package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.codec.MalformedEventException;
import dev.hexgate.contracts.kafka.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** Topics this service uses, and what happens to a record it cannot handle. */
@Configuration
class KafkaConfiguration {

    static final String DEAD_LETTERS = "commandDeadLetters";

    @Bean
    NewTopic commandsTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.COMMANDS).partitions(partitions).build();
    }

    @Bean
    NewTopic commandResultsTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.COMMAND_RESULTS).partitions(partitions).build();
    }

    @Bean
    NewTopic auditTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.AUDIT).partitions(partitions).build();
    }

    /** {@code ThreadStarted} for every thread created or continued; thread-poller waits on them. */
    @Bean
    NewTopic threadsTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.THREADS).partitions(partitions).build();
    }

    /** token-vault's grants and revocations; this service resumes parked commands from it. */
    @Bean
    NewTopic authTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.AUTH).partitions(partitions).build();
    }

    @Bean
    NewTopic commandsDeadLetterTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.deadLetter(Topics.COMMANDS)).partitions(partitions).build();
    }

    /** Parks a record on its topic's dead-letter topic, same partition, with the error in its headers. */
    @Bean(DEAD_LETTERS)
    DeadLetterPublishingRecoverer commandDeadLetters(KafkaTemplate<Object, Object> template) {
        return new DeadLetterPublishingRecoverer(template,
                (record, error) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
    }

    /**
     * A record that cannot be read goes straight to the dead-letter topic (with the error in its headers); other
     * failures the listener throws are retried with back-off first. (Failures after the listener returned are
     * parked by {@link CommandListener} itself.)
     */
    @Bean
    CommonErrorHandler commandErrorHandler(@Qualifier(DEAD_LETTERS) DeadLetterPublishingRecoverer recoverer) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
