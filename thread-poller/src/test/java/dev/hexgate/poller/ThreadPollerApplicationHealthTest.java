package dev.hexgate.poller;

import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import dev.hexgate.testkit.service.ServiceSmokeCheck;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;

class ThreadPollerApplicationHealthTest {

    @Test
    void startsOnItsOwnConfigurationAndReportsHealthy() {
        Postgres postgres = SharedPostgres.get();
        String database = postgres.createDatabase();
        Map<String, Object> infrastructure = Map.of(
                "spring.kafka.bootstrap-servers", SharedKafka.get().bootstrapServers(),
                "spring.datasource.url", database,
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password(),
                "hexgate.thread-poller.consumer-group", "thread-poller-health-" + UUID.randomUUID());
        ServiceSmokeCheck.assertStartsHealthy(ThreadPollerApplication.application().initializers(context ->
                context.getEnvironment().getPropertySources().addFirst(
                        new MapPropertySource("test-infrastructure", infrastructure))), "thread-poller");
    }
}
