package dev.hexgate.emulator.cells;

import dev.hexgate.emulator.dataconnections.DataConnectionStore;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Cells may name any data connection the workspace has now, seeded or created through the API; every one of them
 * is served by the sample warehouse when a cell's output is requested.
 */
@Component
class StoredDataConnections implements CellDataConnections {

    private final DataConnectionStore connections;

    StoredDataConnections(DataConnectionStore connections) {
        this.connections = connections;
    }

    @Override
    public boolean exists(UUID dataConnectionId) {
        return connections.find(dataConnectionId).isPresent();
    }
}
