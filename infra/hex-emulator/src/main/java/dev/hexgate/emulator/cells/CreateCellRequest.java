package dev.hexgate.emulator.cells;

import java.util.UUID;

/**
 * CreateCell's body. Types, enums and required fields were checked against the OpenAPI description before the
 * route runs; {@link #toNewCell()} and {@link #placement()} add the rules a schema cannot express.
 */
record CreateCellRequest(UUID projectId, CellType cellType, String label, Contents contents, Location location) {

    record Contents(Source codeCell, SqlSource sqlCell, Source markdownCell) {
    }

    record Source(String source) {
    }

    record SqlSource(String source, UUID dataConnectionId, Boolean isDataframeSql, String outputDataframe) {
    }

    record Location(UUID insertAfterCellId, UUID parentCellId, CellPlacement.ChildPosition childPosition) {
    }

    /**
     * The cell to create. The description lets exactly one {@code contents} variant through; it must be the one
     * {@code cellType} names.
     */
    CellStore.NewCell toNewCell() {
        String expected = variantFor(cellType);
        String given = contents.codeCell() != null ? "codeCell"
                : contents.sqlCell() != null ? "sqlCell" : "markdownCell";
        if (!given.equals(expected)) {
            throw new CellRuleException("contents." + given + " does not fit a " + cellType
                    + " cell, which takes contents." + expected);
        }
        switch (cellType) {
            case SQL:
                SqlSource sql = contents.sqlCell();
                if (Boolean.TRUE.equals(sql.isDataframeSql()) && sql.dataConnectionId() != null) {
                    throw new CellRuleException("contents.sqlCell.dataConnectionId and contents.sqlCell.isDataframeSql"
                            + " are mutually exclusive");
                }
                return new CellStore.NewCell(projectId, cellType, label, sql.dataConnectionId(), sql.source(),
                        sql.outputDataframe());
            case CODE:
                return new CellStore.NewCell(projectId, cellType, label, null, contents.codeCell().source(), null);
            default:
                return new CellStore.NewCell(projectId, cellType, label, null, contents.markdownCell().source(), null);
        }
    }

    CellPlacement placement() {
        return location == null ? CellPlacement.END
                : new CellPlacement(location.insertAfterCellId(), location.parentCellId(), location.childPosition());
    }

    static String variantFor(CellType type) {
        switch (type) {
            case SQL: return "sqlCell";
            case CODE: return "codeCell";
            case MARKDOWN: return "markdownCell";
            default: throw new IllegalArgumentException(type + " cells have no contents");
        }
    }
}
