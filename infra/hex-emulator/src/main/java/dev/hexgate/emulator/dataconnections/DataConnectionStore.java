package dev.hexgate.emulator.dataconnections;

import dev.hexgate.emulator.groups.GroupDeleted;
import dev.hexgate.emulator.state.Resettable;
import dev.hexgate.emulator.web.RejectedRequestException;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The workspace's data connections as they are now: the seed ({@code fixtures/data-connections.json}) plus what
 * clients created or edited. Hex has no delete for connections, so neither has this store. Connections are
 * immutable records swapped under this store's lock.
 */
@Component
public class DataConnectionStore implements Resettable {

    private final Map<UUID, DataConnection> seed;
    private final Map<UUID, DataConnection> byId = new LinkedHashMap<>();

    public DataConnectionStore(Workspace workspace) {
        this.seed = seed(workspace, DataConnectionsFixture.load());
        reset();
    }

    public synchronized List<DataConnection> all() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<DataConnection> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The connection or a 404 in the route's error shape. */
    public DataConnection require(UUID id) {
        return find(id).orElseThrow(() -> RejectedRequestException.notFound("Data connection not found: " + id));
    }

    synchronized DataConnection add(DataConnection connection) {
        if (byId.putIfAbsent(connection.id(), connection) != null) {
            throw new IllegalStateException("Data connection id already in use: " + connection.id());
        }
        return connection;
    }

    /** Applies {@code change} atomically; an unknown id is a 404. */
    synchronized DataConnection update(UUID id, UnaryOperator<DataConnection> change) {
        DataConnection updated = change.apply(require(id));
        byId.put(id, updated);
        return updated;
    }

    @EventListener
    public synchronized void groupDeleted(GroupDeleted event) {
        byId.replaceAll((id, c) -> new DataConnection(c.id(), c.name(), c.description(), c.details(),
                c.connectViaSsh(), c.includeMagic(), c.allowWritebackCells(), c.schemaFilters(),
                c.schemaRefreshSchedule(), c.schemaRefreshAccess(), c.sharing().withoutGroup(event.id()),
                c.createdAt()));
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        byId.putAll(seed);
    }

    /** The seeded connections, each checked (fail fast on fixture typos). */
    static Map<UUID, DataConnection> seed(Workspace workspace, DataConnectionsFixture fixture) {
        Map<UUID, DataConnection> seeded = new LinkedHashMap<>();
        for (DataConnectionsFixture.Seeded s : fixture.dataConnections()) {
            String where = "data connection '" + s.name() + "'";
            require(s.id() != null && s.type() != null && s.sharing() != null && s.schemaRefreshAccess() != null
                    && s.createdAt() != null, where + " lacks id, type, sharing, schemaRefreshAccess or createdAt");
            SingleProperty details = SingleProperty.of(s.connectionDetails());
            require(details != null && details.key().equals(s.type().wireName()),
                    where + " needs connectionDetails with exactly one key, '" + s.type().wireName() + "'");
            ConnectionDetails connectionDetails;
            try {
                connectionDetails = ConnectionDetails.empty(s.type()).with(details.value(), true);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Invalid data connections fixture: " + where + ": " + e.getMessage());
            }
            if (s.schemaRefreshSchedule() != null) {
                String problem = s.schemaRefreshSchedule().missingCadenceObject();
                require(problem == null, where + ": " + problem);
            }
            Map<UUID, ConnectionAccess> groups = new LinkedHashMap<>();
            for (DataConnectionsFixture.SeededGroupGrant grant : s.sharing().groups()) {
                require(workspace.group(grant.group().id()).isPresent(),
                        where + " is shared with unknown group " + grant.group().id());
                groups.put(grant.group().id(), grant.access());
            }
            DataConnectionsFixture.SeededWorkspace ws = s.sharing().workspace();
            ConnectionSharing sharing = new ConnectionSharing(ws.members(), ws.guests(), ws.publicAccess(), groups);
            DataConnection connection = new DataConnection(s.id(), s.name(), s.description(), connectionDetails,
                    s.connectViaSsh(), s.includeMagic(), s.allowWritebackCells(), s.schemaFilters(),
                    s.schemaRefreshSchedule(), s.schemaRefreshAccess(), sharing, s.createdAt());
            require(seeded.put(connection.id(), connection) == null, "duplicate id " + connection.id());
        }
        return Collections.unmodifiableMap(seeded);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid data connections fixture: " + message);
        }
    }
}
