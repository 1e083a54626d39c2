package dev.hexgate.gateway.commands;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * The results listener's container: Boot's settings plus the readiness hook on partition assignment, and no offset
 * commits. The group is this instance's alone and starts at the end of the topic: a committed offset would only
 * make a restarted instance with the same id read results whose calls died with the old process, and committing
 * after every poll would hold up the thread that completes every call.
 */
@Configuration
class ResultsListenerConfiguration {

    static final String FACTORY = "resultsListenerContainerFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> resultsListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            ResultsReadiness readiness) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.getContainerProperties().setConsumerRebalanceListener(readiness);
        // MANUAL without ever acknowledging: the container never commits.
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        return factory;
    }
}
