package dev.hexgate.emulator.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An in-memory SQL warehouse (H2) with a small, realistic dataset — {@code customers}, {@code usage},
 * {@code invoices} — that threads and SQL cells query. The database is named {@code ANALYTICS} so the three-part
 * names Hex users write ({@code analytics.public.customers}) resolve as they would on a real connection.
 *
 * <p>Queries run as a user that only holds {@code SELECT} rights, so a prompt or cell can read but never change
 * the data, whatever SQL it sends. The database lives once per JVM (the local stack and test suites start several
 * emulators); it is read-only to clients, so sharing it changes nothing they can observe.
 */
@Component
public class SampleWarehouse {

    static final String URL = "jdbc:h2:mem:analytics;DB_CLOSE_DELAY=-1";
    /**
     * Readers join the database the owner created (and kept open with DB_CLOSE_DELAY). Their URL must not repeat
     * that setting: H2 applies URL settings as SET statements, which need admin rights the reader lacks.
     */
    static final String READER_URL = "jdbc:h2:mem:analytics";
    private static final String OWNER = "warehouse_owner";
    private static final String READER = "warehouse_reader";
    private static final String SCRIPT = "warehouse/sample-warehouse.sql";
    private static final int QUERY_TIMEOUT_SECONDS = 10;
    private static final Object LOCK = new Object();
    private static volatile boolean loaded;

    public SampleWarehouse() {
        loadOnce();
    }

    /**
     * Runs one read-only statement and returns at most {@code rowLimit} rows. Values come back as strings (or
     * null), the way Hex serialises cell output.
     *
     * @throws WarehouseQueryException when the SQL is not a single query or the database rejects it
     */
    public QueryResult query(String sql, int rowLimit) {
        String statement = singleStatement(sql);
        try (Connection connection = DriverManager.getConnection(READER_URL, READER, "");
                Statement st = connection.createStatement()) {
            connection.setReadOnly(true);
            st.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            st.setMaxRows(rowLimit + 1);
            try (ResultSet rs = st.executeQuery(statement)) {
                return read(rs, rowLimit);
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException(firstLine(e.getMessage()), e);
        }
    }

    /** Tables a thread may mention when it explains what data it has. */
    public List<String> tableNames() {
        return List.of("analytics.public.customers", "analytics.public.usage", "analytics.public.invoices");
    }

    private static QueryResult read(ResultSet rs, int rowLimit) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<QueryResult.Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new QueryResult.Column(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
                    meta.getColumnTypeName(i)));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == rowLimit) {
                truncated = true;
                break;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i <= columns.size(); i++) {
                row.put(columns.get(i - 1).name(), rs.getString(i));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, truncated);
    }

    /** One statement only: a trailing semicolon is fine, a second statement is not. */
    private static String singleStatement(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new WarehouseQueryException("The SQL is empty");
        }
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        if (trimmed.contains(";")) {
            throw new WarehouseQueryException("Only one SQL statement can run at a time");
        }
        return trimmed;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "The query failed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void loadOnce() {
        if (loaded) {
            return;
        }
        synchronized (LOCK) {
            if (loaded) {
                return;
            }
            try (Connection connection = DriverManager.getConnection(URL, OWNER, "");
                    Statement st = connection.createStatement()) {
                for (String statement : readScript().split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
                st.execute("CREATE USER " + READER + " PASSWORD ''");
                st.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + READER);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not load the sample warehouse", e);
            }
            loaded = true;
        }
    }

    private static String readScript() {
        try (InputStream in = SampleWarehouse.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCRIPT);
            }
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            return sql.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
