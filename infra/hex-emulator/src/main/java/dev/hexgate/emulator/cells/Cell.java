package dev.hexgate.emulator.cells;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A cell of a project's draft, exactly as the cells routes serve it. {@code label} and {@code dataConnectionId}
 * are required-but-nullable in Hex's shape, so they stay in the JSON as explicit {@code null}s.
 *
 * @param id this version's cell id (what GetCell/UpdateCell/DeleteCell take)
 * @param staticId stable across project versions; GetCellOutput accepts it as well as {@code id}
 * @param dataConnectionId the connection a SQL cell queries; {@code null} for a dataframe SQL cell (it queries
 *     other SQL cells' dataframes) and for every other cell type
 */
public record Cell(
        UUID id,
        UUID staticId,
        CellType cellType,
        String label,
        UUID dataConnectionId,
        CellContents contents,
        UUID projectId) {

    public Cell {
        Objects.requireNonNull(id, "cell.id");
        Objects.requireNonNull(staticId, "cell.staticId");
        Objects.requireNonNull(cellType, "cell.cellType");
        Objects.requireNonNull(contents, "cell.contents");
        Objects.requireNonNull(projectId, "cell.projectId");
        if (!contents.matches(cellType)) {
            throw new IllegalArgumentException("Contents of cell " + id + " do not match its type " + cellType);
        }
        if (dataConnectionId != null && cellType != CellType.SQL) {
            throw new IllegalArgumentException("Only SQL cells have a data connection (cell " + id + ")");
        }
    }

    public Cell withContents(CellContents newContents) {
        return new Cell(id, staticId, cellType, label, dataConnectionId, newContents, projectId);
    }

    public Cell withDataConnectionId(UUID newDataConnectionId) {
        return new Cell(id, staticId, cellType, label, newDataConnectionId, contents, projectId);
    }

    /** The dataframe a SQL cell's result is stored into; empty for other cells. */
    @JsonIgnore // helper, not part of Hex's shape
    public Optional<String> outputDataframe() {
        return Optional.ofNullable(contents.sqlCell()).map(CellContents.SqlCell::outputDataframe);
    }
}
