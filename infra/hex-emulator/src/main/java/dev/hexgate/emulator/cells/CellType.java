package dev.hexgate.emulator.cells;

/**
 * Every cell type Hex reports. Only {@link #CODE}, {@link #SQL} and {@link #MARKDOWN} expose contents through the
 * API and only those three can be created; the others appear in lists with all contents {@code null}.
 */
public enum CellType {
    CODE, MARKDOWN, DISPLAY_TABLE, INPUT, SQL, VEGA_CHART, CELL_GROUP, METRIC, TEXT, MAP, WRITEBACK, DBT_METRIC,
    PIVOT, FILTER, COMPONENT_IMPORT, CHART, BLOCK, EXPLORE,
    /** A section: the only type the emulator lets hold child cells ({@code location.parentCellId}). */
    COLLAPSIBLE;

    /** Whether the API exposes (and accepts) contents for this type. */
    public boolean hasContents() {
        return this == CODE || this == SQL || this == MARKDOWN;
    }

    public boolean isSection() {
        return this == COLLAPSIBLE;
    }
}
