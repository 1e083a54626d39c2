package dev.hexgate.emulator.cells;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GetCellOutput's answer: which cell, in which draft session, and its latest result. */
public record CellOutput(UUID projectId, UUID runId, CellRef cell, Result result) {

    public record CellRef(UUID id, UUID staticId, CellType cellType) {
    }

    /** Either a table preview or the error the cell's run ended with; {@code type} tells them apart. */
    public sealed interface Result permits Table, RunError {
        String type();
    }

    /**
     * @param totalRows every row the query returns, or {@code null} when unknown
     * @param totalRowsKind {@code EXACT}, {@code LOWER_BOUND} (at least {@code totalRows}) or {@code UNKNOWN}
     * @param rows column name to value as a string, {@code null} for SQL NULL
     */
    public record Table(String type, int rowLimit, int rowsReturned, Integer totalRows, String totalRowsKind,
            boolean truncated, List<Column> columns, List<Map<String, String>> rows) implements Result {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record Column(String name, String type) {
    }

    public record RunError(String type, String message, String traceback) implements Result {
    }
}
