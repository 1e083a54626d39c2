package dev.hexgate.emulator.cells;

import java.util.UUID;

/**
 * The data connections SQL cells may name. Cells only need to know whether an id exists; every existing
 * connection is served by the emulator's one sample warehouse when a cell's output is requested.
 *
 * <p>A seam on purpose: the data-connections feature owns the list ({@link StoredDataConnections}); cell tests can
 * name a fixed set without starting it.
 */
public interface CellDataConnections {

    boolean exists(UUID dataConnectionId);
}
