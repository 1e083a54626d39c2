package dev.hexgate.testkit.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** {@code CREATE DATABASE} for every {@link Postgres} implementation. */
final class Databases {

    /** An unquoted PostgreSQL identifier that needs no quoting and cannot smuggle in SQL. */
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Databases() {
    }

    static void create(DataSource server, String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database name must match " + SAFE_NAME + ": " + name);
        }
        // CREATE DATABASE cannot run inside a transaction; a fresh connection is in auto-commit mode
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }
}
