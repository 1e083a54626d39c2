package dev.hexgate.gateway.threads;

import dev.hexgate.gateway.commands.ListenerReadiness;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/** The thread-events listener's container: see {@link ListenerReadiness#containerFactory}. */
@Configuration
class ThreadEventsConfiguration {

    static final String FACTORY = "threadEventsListenerContainerFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> threadEventsListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            ThreadEventsReadiness readiness) {
        return readiness.containerFactory(configurer, consumers);
    }
}
