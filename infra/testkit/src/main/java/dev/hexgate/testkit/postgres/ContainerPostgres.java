package dev.hexgate.testkit.postgres;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL in a Docker container (Testcontainers, {@value #IMAGE}), with the same superuser as
 * {@link InProcessPostgres}. Used by {@link SharedPostgres} only on opt-in (see
 * {@link dev.hexgate.testkit.ContainerOptIn}). Needs the optional {@code testcontainers-postgresql} dependency;
 * nothing else in the testkit loads this class.
 */
public final class ContainerPostgres implements RunningPostgres {

    public static final String IMAGE = "postgres:17";

    private static final String SUPERUSER = "postgres";

    private final PostgreSQLContainer container;

    private ContainerPostgres(PostgreSQLContainer container) {
        this.container = container;
    }

    /** Starts a new container; throws if there is no Docker engine. */
    @SuppressWarnings("resource") // closed by close()
    public static ContainerPostgres start() {
        // the image's POSTGRES_USER is a superuser, which createDatabase needs
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                .withUsername(SUPERUSER)
                .withPassword(SUPERUSER)
                .withDatabaseName("postgres");
        container.start();
        return new ContainerPostgres(container);
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return IMAGE + " container at " + jdbcUrl();
    }
}
