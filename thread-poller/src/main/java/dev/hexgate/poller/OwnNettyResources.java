package dev.hexgate.poller;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * This service's web server runs on event loops of its own rather than Reactor Netty's JVM-wide ones, so that
 * closing it (in infra/local or a test, where several services share a JVM) does not stop the others' servers.
 */
@Configuration(proxyBeanMethods = false)
class OwnNettyResources {

    @Bean
    @ConditionalOnMissingBean(ReactorResourceFactory.class)
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        return factory;
    }
}
