package dev.hexgate.emulator.cells;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The seeded data connections cells refer to, both backed by the sample warehouse: "Fernbrook Warehouse"
 * (postgres) and "Fernbrook Snowflake" (snowflake). Their ids are fixed and shared with the data-connections
 * fixture. Replace this bean with one backed by the data-connection store once that exists, so connections
 * created through the API can be attached to cells too.
 */
@Component
class SeededWarehouseConnections implements CellDataConnections {

    static final UUID FERNBROOK_WAREHOUSE = UUID.fromString("7d1c4f0e-3b5a-4c8e-9f21-6a0b2d9e4c11");
    static final UUID FERNBROOK_SNOWFLAKE = UUID.fromString("b2e8a6d4-1f3c-4a5b-8e7d-0c9f1a2b3c4d");

    private static final Set<UUID> IDS = Set.of(FERNBROOK_WAREHOUSE, FERNBROOK_SNOWFLAKE);

    @Override
    public boolean exists(UUID dataConnectionId) {
        return IDS.contains(dataConnectionId);
    }
}
