package dev.hexgate.testkit.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * PostgreSQL started from the zonky embedded binaries as a child process of the test JVM, on a random port, data
 * in a temporary directory removed on close. The default behind {@link SharedPostgres}.
 *
 * <p>Runs as root too: zonky wraps {@code initdb} and {@code postgres} in {@code unshare -U} where available (both
 * refuse to run as root otherwise). Authentication is {@code trust}, so the password is not checked.
 */
public final class InProcessPostgres implements RunningPostgres {

    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres server;

    private InProcessPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a new server (about 2.5 s for the first in a JVM, which unpacks the binaries; about 1 s after). */
    public static InProcessPostgres start() {
        try {
            return new InProcessPostgres(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return SUPERUSER;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL at " + jdbcUrl();
    }
}
