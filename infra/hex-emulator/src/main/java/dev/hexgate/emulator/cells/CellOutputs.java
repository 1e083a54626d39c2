package dev.hexgate.emulator.cells;

import dev.hexgate.emulator.warehouse.QueryResult;
import dev.hexgate.emulator.warehouse.SampleWarehouse;
import dev.hexgate.emulator.warehouse.WarehouseQueryException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Produces a SQL cell's output by running it, on demand, against the sample warehouse — the one database behind
 * every emulated data connection. Hex returns the latest output of the draft session; the emulator's session runs
 * the cell's current source whenever its output is asked for, so an edit is visible immediately.
 */
@Component
class CellOutputs {

    private final CellStore cells;
    private final SampleWarehouse warehouse;
    private final DraftSessions sessions;
    private final CellsProperties properties;

    CellOutputs(CellStore cells, SampleWarehouse warehouse, DraftSessions sessions, CellsProperties properties) {
        this.cells = cells;
        this.warehouse = warehouse;
        this.sessions = sessions;
        this.properties = properties;
    }

    /** The output of the cell with this id or static id; only SQL cells have one. */
    CellOutput outputOf(UUID idOrStaticId) {
        Cell cell = cells.findByIdOrStaticId(idOrStaticId).orElseThrow(CellNotFoundException::new);
        if (cell.cellType() != CellType.SQL) {
            throw new CellRuleException("Cell " + cell.id() + " is a " + cell.cellType()
                    + " cell; output is only available for SQL cells");
        }
        CellOutput.CellRef ref = new CellOutput.CellRef(cell.id(), cell.staticId(), cell.cellType());
        return new CellOutput(cell.projectId(), sessions.runId(cell.projectId()), ref, run(cell));
    }

    private CellOutput.Result run(Cell cell) {
        String sql = cell.dataConnectionId() == null
                ? DataframeSql.compose(cell, cells.cells(cell.projectId()))
                : DataframeSql.withoutTrailingSemicolons(cell.contents().sqlCell().source());
        int rowLimit = properties.outputRowLimit();
        QueryResult result;
        try {
            result = warehouse.query(sql, rowLimit);
        } catch (WarehouseQueryException e) {
            // A SQL failure has no Python traceback.
            return new CellOutput.RunError("cell_run_error", withoutStatementSuffix(e.getMessage()), null);
        }
        Integer totalRows = result.rows().size();
        String totalRowsKind = "EXACT";
        if (result.truncated()) {
            totalRows = count(sql);
            totalRowsKind = "EXACT";
            if (totalRows == null) {
                // The preview read one row past the limit, so at least that many exist.
                totalRows = rowLimit + 1;
                totalRowsKind = "LOWER_BOUND";
            }
        }
        return new CellOutput.Table("table", rowLimit, result.rows().size(), totalRows, totalRowsKind,
                result.truncated(),
                result.columns().stream().map(c -> new CellOutput.Column(c.name(), c.type())).toList(),
                result.rows());
    }

    /** H2 ends its first message line with "; SQL statement:" (the statement follows on the next line). */
    private static String withoutStatementSuffix(String message) {
        String suffix = "; SQL statement:";
        return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
    }

    /** Every row the query returns, or null when the count itself cannot be run. */
    private Integer count(String sql) {
        try {
            QueryResult counted = warehouse.query("SELECT COUNT(*) AS n FROM (" + sql + ") AS counted", 1);
            return Integer.valueOf(counted.rows().get(0).get("n"));
        } catch (WarehouseQueryException | NumberFormatException e) {
            return null;
        }
    }
}
