package dev.hexgate.emulator.threads;

import dev.hexgate.emulator.warehouse.QueryResult;
import java.util.List;
import java.util.Map;

/**
 * A table a thread produced: the SQL it ran and the rows the warehouse returned (values as strings, null for SQL
 * NULL), capped at the configured row limit.
 */
public record ResultTable(String sql, List<QueryResult.Column> columns, List<Map<String, String>> rows,
        boolean truncated) {

    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static ResultTable of(String sql, QueryResult result) {
        return new ResultTable(sql, result.columns(), result.rows(), result.truncated());
    }
}
