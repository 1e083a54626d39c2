package dev.hexgate.testkit.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@WithPostgres
class SharedPostgresTest {

    @Test
    void answersSelectOne(Postgres postgres) throws SQLException {
        assertThat(queryString(postgres.dataSource(), "select 1")).isEqualTo("1");
    }

    @Test
    void runsPostgres17(Postgres postgres) throws SQLException {
        assertThat(queryString(postgres.dataSource(), "show server_version")).startsWith("17.");
    }

    @Test
    void oneServerPerJvm(Postgres injected) {
        assertThat(SharedPostgres.get()).isSameAs(injected).isSameAs(SharedPostgres.get());
        assertThat(SharedPostgres.get().jdbcUrl()).isEqualTo(injected.jdbcUrl());
    }

    @Test
    void createdDatabasesAreIsolated(Postgres postgres) throws SQLException {
        DataSource first = postgres.dataSource(postgres.createDatabase());
        DataSource second = postgres.dataSource(postgres.createDatabase());

        execute(first, "create table widget (id int primary key)");

        assertThat(queryString(first, "select to_regclass('public.widget')")).isEqualTo("widget");
        assertThat(queryString(second, "select to_regclass('public.widget')")).isNull();
        assertThat(queryString(first, "select current_database()"))
                .isNotEqualTo(queryString(second, "select current_database()"));
    }

    @Test
    void createDatabaseUsesTheGivenName(Postgres postgres) throws SQLException {
        String name = "named_" + System.nanoTime();

        String url = postgres.createDatabase(name);

        assertThat(url).endsWith("/" + name);
        assertThat(queryString(postgres.dataSource(url), "select current_database()")).isEqualTo(name);
    }

    @Test
    void createDatabaseRefusesAnExistingName(Postgres postgres) {
        String name = "twice_" + System.nanoTime();
        postgres.createDatabase(name);

        assertThatThrownBy(() -> postgres.createDatabase(name))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(name);
    }

    @Test
    void createDatabaseRejectsNamesThatNeedQuoting(Postgres postgres) {
        assertThatThrownBy(() -> postgres.createDatabase("x; drop database postgres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> postgres.createDatabase("MixedCase"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> postgres.createDatabase("9starts_with_digit"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String queryString(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
