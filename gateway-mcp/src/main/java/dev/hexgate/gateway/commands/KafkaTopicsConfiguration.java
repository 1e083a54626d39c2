package dev.hexgate.gateway.commands;

import dev.hexgate.contracts.kafka.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topics this service writes and reads; created at start when missing (existing ones are left as they are). */
@Configuration
class KafkaTopicsConfiguration {

    @Bean
    NewTopic commandsTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.COMMANDS).partitions(partitions).build();
    }

    @Bean
    NewTopic commandResultsTopic(@Value("${hexgate.kafka.partitions:6}") int partitions) {
        return TopicBuilder.name(Topics.COMMAND_RESULTS).partitions(partitions).build();
    }
}
