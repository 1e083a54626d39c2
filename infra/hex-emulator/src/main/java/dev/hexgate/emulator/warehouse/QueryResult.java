package dev.hexgate.emulator.warehouse;

import java.util.List;
import java.util.Map;

/**
 * Rows a warehouse query returned, capped at the caller's row limit.
 *
 * @param columns column names (lower case) and database type names, in select order
 * @param rows one map per row, column name to value as a string (null for SQL NULL), in select order
 * @param truncated whether more rows existed beyond the limit
 */
public record QueryResult(List<Column> columns, List<Map<String, String>> rows, boolean truncated) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Column(String name, String type) {
    }
}
