package dev.hexgate.vault;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * This service's web server runs on event loops of its own rather than Reactor Netty's JVM-wide ones. Boot's default
 * factory uses the global loops and disposes them when its context closes, which would stop every other server in
 * the JVM that runs on them (infra/local and tests run several services and the Hex emulator in one JVM).
 */
@Configuration(proxyBeanMethods = false)
class OwnNettyResources {

    // infra/local's ServiceContexts registers the same kind of factory for every service it hosts; then that one serves.
    @Bean
    @ConditionalOnMissingBean(ReactorResourceFactory.class)
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        return factory;
    }
}
