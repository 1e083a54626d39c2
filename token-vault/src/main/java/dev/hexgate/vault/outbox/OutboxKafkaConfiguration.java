package dev.hexgate.vault.outbox;

import dev.hexgate.contracts.kafka.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topics token-vault publishes to, created at startup when missing (as hex-api-service does for its own). */
@Configuration(proxyBeanMethods = false)
class OutboxKafkaConfiguration {

    @Bean
    NewTopic authTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.AUTH).partitions(partitions).build();
    }

    @Bean
    NewTopic auditTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.AUDIT).partitions(partitions).build();
    }
}
