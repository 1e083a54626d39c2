package dev.hexgate.emulator.cells;

import java.util.Set;
import java.util.UUID;

/**
 * The two warehouse connections of the data-connections fixture, for store-level cell tests that run without the
 * data-connection store. Their ids are fixed in both fixtures.
 */
final class SeededConnections implements CellDataConnections {

    static final UUID FERNBROOK_WAREHOUSE = UUID.fromString("7d1c4f0e-3b5a-4c8e-9f21-6a0b2d9e4c11");
    static final UUID FERNBROOK_SNOWFLAKE = UUID.fromString("b2e8a6d4-1f3c-4a5b-8e7d-0c9f1a2b3c4d");

    private static final Set<UUID> IDS = Set.of(FERNBROOK_WAREHOUSE, FERNBROOK_SNOWFLAKE);

    @Override
    public boolean exists(UUID dataConnectionId) {
        return IDS.contains(dataConnectionId);
    }
}
