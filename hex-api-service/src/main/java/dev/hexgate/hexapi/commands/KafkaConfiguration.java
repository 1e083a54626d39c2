package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.codec.MalformedEventException;
import dev.hexgate.contracts.kafka.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
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

    @Bean
    NewTopic commandsDeadLetterTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.deadLetter(Topics.COMMANDS)).partitions(partitions).build();
    }

    /**
     * A record that cannot be read goes straight to the dead-letter topic (with the error in its headers); other
     * failures, such as Kafka briefly refusing the result, are retried with back-off first.
     */
    @Bean
    CommonErrorHandler commandErrorHandler(KafkaTemplate<Object, Object> template) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, error) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
