package dev.hexgate.emulator.cells;

import java.util.List;

/** ListCells response; both pagination keys are always present, null at the ends of the list. */
public record CellPage(List<Cell> values, Pagination pagination) {

    public CellPage {
        values = List.copyOf(values);
    }

    public record Pagination(String after, String before) {
    }
}
