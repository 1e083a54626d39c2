package dev.hexgate.emulator.cells;

/** The cell (or the project of a ListCells call) does not exist: 404 with Hex's fixed NOT_FOUND body. */
class CellNotFoundException extends RuntimeException {

    CellNotFoundException() {
        super(null, null, false, false);
    }
}
