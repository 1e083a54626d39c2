package dev.hexgate.emulator.dataconnections;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeded data connections ({@code fixtures/data-connections.json}), written like CreateDataConnection
 * bodies (secrets included, so tests can check they never come back) plus {@code id} and {@code createdAt}.
 * Group ids are checked against the workspace by the store.
 */
record DataConnectionsFixture(List<Seeded> dataConnections) {

    static final String RESOURCE = "fixtures/data-connections.json";

    // Strict on purpose: a typo in the fixture should fail at startup, not silently drop a field.
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    DataConnectionsFixture {
        dataConnections = List.copyOf(dataConnections);
    }

    record Seeded(
            UUID id,
            String name,
            ConnectionType type,
            String description,
            JsonNode connectionDetails,
            boolean connectViaSsh,
            boolean includeMagic,
            boolean allowWritebackCells,
            SchemaFilters schemaFilters,
            RefreshSchedule schemaRefreshSchedule,
            RefreshAccess schemaRefreshAccess,
            SeededSharing sharing,
            Instant createdAt) {
    }

    record SeededSharing(SeededWorkspace workspace, List<SeededGroupGrant> groups) {
    }

    record SeededWorkspace(ConnectionAccess members, ConnectionAccess guests,
            @JsonProperty("public") ConnectionAccess publicAccess) {
    }

    record SeededGroupGrant(GroupId group, ConnectionAccess access) {
    }

    record GroupId(UUID id) {
    }

    static DataConnectionsFixture read(InputStream json) {
        return READER.readValue(json, DataConnectionsFixture.class);
    }

    static DataConnectionsFixture load() {
        try (InputStream in = DataConnectionsFixture.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Data connections fixture not found on classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read data connections fixture", e);
        }
    }
}
