package dev.hexgate.emulator.dataconnections;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A data connection as the emulator stores it, secrets included; {@link DataConnectionViews} turns it into
 * what the API serves. {@code createdAt} is not part of Hex's shape; ListDataConnections sorts by it.
 */
public record DataConnection(
        UUID id,
        String name,
        String description,
        ConnectionDetails details,
        boolean connectViaSsh,
        boolean includeMagic,
        boolean allowWritebackCells,
        SchemaFilters schemaFilters,
        RefreshSchedule schemaRefreshSchedule,
        RefreshAccess schemaRefreshAccess,
        ConnectionSharing sharing,
        Instant createdAt) {

    public DataConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(details, "connectionDetails");
        Objects.requireNonNull(schemaRefreshAccess, "schemaRefreshAccess");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public ConnectionType type() {
        return details.type();
    }
}
