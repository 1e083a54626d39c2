package dev.hexgate.testkit.postgres;

import dev.hexgate.testkit.ContainerOptIn;
import dev.hexgate.testkit.SharedResource;

/**
 * The PostgreSQL server shared by all tests in a JVM: started on first use, stopped when the JVM exits.
 *
 * <p>Embedded ({@link InProcessPostgres}, PostgreSQL 17) unless containers are opted into (see
 * {@link ContainerOptIn}), in which case it is a {@link ContainerPostgres}.
 *
 * <p>Spring Boot tests get a database of their own with
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     Postgres postgres = SharedPostgres.get();
 *     String url = postgres.createDatabase();      // once, when the context is built
 *     registry.add("spring.datasource.url", () -> url);
 *     registry.add("spring.datasource.username", postgres::username);
 *     registry.add("spring.datasource.password", postgres::password);
 * }
 * }</pre>
 * Create the database outside the lambdas: Spring may call a supplier more than once.
 */
public final class SharedPostgres {

    private static final SharedResource<RunningPostgres> SERVER =
            new SharedResource<>("PostgreSQL", SharedPostgres::start);

    private SharedPostgres() {
    }

    /** The shared server, started on the first call. Thread-safe. Do not stop it. */
    public static Postgres get() {
        return SERVER.get();
    }

    private static RunningPostgres start() {
        if (ContainerOptIn.shouldUseContainer("PostgreSQL", "org.testcontainers.postgresql.PostgreSQLContainer")) {
            return ContainerPostgres.start();
        }
        return InProcessPostgres.start();
    }
}
