package dev.hexgate.testkit.postgres;

import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A running PostgreSQL server a test can talk to, as its superuser. Obtain the shared one with
 * {@link SharedPostgres#get()}; do not stop it, other test classes in the JVM use it too.
 *
 * <p>The server outlives test classes: isolate with {@link #createDatabase()} rather than cleaning up tables.
 */
public interface Postgres {

    /** JDBC URL of the {@code postgres} database. */
    String jdbcUrl();

    /** JDBC URL of another database on this server (which must exist). */
    String jdbcUrl(String database);

    String username();

    String password();

    /** A new non-pooling data source for {@link #jdbcUrl()}; cheap, fine for tests and migrations. */
    default DataSource dataSource() {
        return dataSource(jdbcUrl());
    }

    /** A new non-pooling data source for a URL from {@link #createDatabase}. */
    default DataSource dataSource(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(username());
        dataSource.setPassword(password());
        return dataSource;
    }

    /**
     * Creates an empty database and returns its JDBC URL (same credentials).
     *
     * @param name lower-case letters, digits and underscores, starting with a letter or underscore, at most 63
     *             characters — no quoting games
     * @throws IllegalArgumentException if the name is not of that form
     * @throws IllegalStateException    if the database cannot be created, e.g. because it exists already
     */
    default String createDatabase(String name) {
        Databases.create(dataSource(), name);
        return jdbcUrl(name);
    }

    /** Creates an empty database with a unique name and returns its JDBC URL. */
    default String createDatabase() {
        return createDatabase("test_" + UUID.randomUUID().toString().replace("-", ""));
    }
}
