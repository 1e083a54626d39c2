package dev.hexgate.gateway.commands;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/** The results listener's container: see {@link ListenerReadiness#containerFactory}. */
@Configuration
class ResultsListenerConfiguration {

    static final String FACTORY = "resultsListenerContainerFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> resultsListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            ResultsReadiness readiness) {
        return readiness.containerFactory(configurer, consumers);
    }
}
