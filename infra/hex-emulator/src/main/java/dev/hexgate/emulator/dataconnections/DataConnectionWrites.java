package dev.hexgate.emulator.dataconnections;

import dev.hexgate.emulator.groups.GroupStore;
import dev.hexgate.emulator.web.RejectedRequestException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CreateDataConnection and EditDataConnection. Bodies arrive already checked against the OpenAPI description
 * (types, enums, required fields per connection type); this class holds the rules a schema cannot say:
 * details must be for the connection's type, ClickHouse is read-only, referenced groups must exist, a schedule
 * needs the object of its cadence. Bodies are read as JSON trees because an explicit {@code null} means
 * something on edit (clear the refresh schedule, unset a nullable detail) that absence does not.
 */
@Component
class DataConnectionWrites {

    /** Defaults for what a create leaves out; Hex does not document them. */
    static final boolean DEFAULT_CONNECT_VIA_SSH = false;
    static final boolean DEFAULT_INCLUDE_MAGIC = true;
    static final boolean DEFAULT_ALLOW_WRITEBACK_CELLS = false;
    static final RefreshAccess DEFAULT_REFRESH_ACCESS = RefreshAccess.ADMINS;

    private final DataConnectionStore store;
    private final GroupStore groups;
    private final JsonMapper json;

    DataConnectionWrites(DataConnectionStore store, GroupStore groups, JsonMapper json) {
        this.store = store;
        this.groups = groups;
        this.json = json;
    }

    DataConnection create(JsonNode body) {
        ConnectionType type = json.treeToValue(body.get("type"), ConnectionType.class);
        requireWritable(type, "created");
        ConnectionDetails details = ConnectionDetails.empty(type).with(detailsFor(type, body), false);
        RefreshSchedule schedule = schedule(body.get("schemaRefreshSchedule"));
        ConnectionSharing sharing = ConnectionSharing.nobody()
                .withWorkspace(access(body.at("/sharing/workspace/members")),
                        access(body.at("/sharing/workspace/guests")), access(body.at("/sharing/workspace/public")))
                .withGroups(groupGrants(body.at("/sharing/groups")));
        DataConnection connection = new DataConnection(UUID.randomUUID(), body.get("name").asString(),
                text(body, "description"), details,
                bool(body, "connectViaSsh", DEFAULT_CONNECT_VIA_SSH),
                bool(body, "includeMagic", DEFAULT_INCLUDE_MAGIC),
                bool(body, "allowWritebackCells", DEFAULT_ALLOW_WRITEBACK_CELLS),
                value(body.get("schemaFilters"), SchemaFilters.class), schedule,
                body.has("schemaRefreshAccess")
                        ? json.treeToValue(body.get("schemaRefreshAccess"), RefreshAccess.class)
                        : DEFAULT_REFRESH_ACCESS,
                sharing, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return store.add(connection);
    }

    /** Changes only what the body names; the type cannot change. */
    DataConnection edit(UUID id, JsonNode body) {
        requireWritable(store.require(id).type(), "edited");
        Map<UUID, ConnectionAccess> groupChanges = groupGrants(body.at("/sharing/groups/upsert"));
        boolean scheduleGiven = body.has("schemaRefreshSchedule");
        RefreshSchedule newSchedule = schedule(body.get("schemaRefreshSchedule"));
        return store.update(id, c -> {
            ConnectionDetails details = body.has("connectionDetails")
                    ? c.details().with(detailsFor(c.type(), body), false) : c.details();
            ConnectionSharing sharing = c.sharing()
                    .withWorkspace(access(body.at("/sharing/workspace/members")),
                            access(body.at("/sharing/workspace/guests")),
                            access(body.at("/sharing/workspace/public")))
                    .withGroups(groupChanges);
            return new DataConnection(c.id(),
                    body.has("name") ? body.get("name").asString() : c.name(),
                    body.has("description") ? text(body, "description") : c.description(),
                    details,
                    bool(body, "connectViaSsh", c.connectViaSsh()),
                    bool(body, "includeMagic", c.includeMagic()),
                    bool(body, "allowWritebackCells", c.allowWritebackCells()),
                    body.has("schemaFilters") ? value(body.get("schemaFilters"), SchemaFilters.class)
                            : c.schemaFilters(),
                    scheduleGiven ? newSchedule : c.schemaRefreshSchedule(),
                    body.has("schemaRefreshAccess")
                            ? json.treeToValue(body.get("schemaRefreshAccess"), RefreshAccess.class)
                            : c.schemaRefreshAccess(),
                    sharing, c.createdAt());
        });
    }

    private static void requireWritable(ConnectionType type, String what) {
        if (!type.writable()) {
            throw new RejectedRequestException(HttpStatus.UNPROCESSABLE_CONTENT,
                    type.wireName() + " connections cannot be " + what + " through the API");
        }
    }

    /** The settings object for {@code type}: the description allows one key, it must name this type. */
    private static JsonNode detailsFor(ConnectionType type, JsonNode body) {
        SingleProperty details = SingleProperty.of(body.get("connectionDetails"));
        if (details == null || !details.key().equals(type.wireName())) {
            throw RejectedRequestException.badRequest("connectionDetails must hold the settings of this "
                    + type.wireName() + " connection under '" + type.wireName() + "'");
        }
        return details.value();
    }

    private RefreshSchedule schedule(JsonNode node) {
        RefreshSchedule schedule = value(node, RefreshSchedule.class);
        if (schedule != null && schedule.missingCadenceObject() != null) {
            throw RejectedRequestException.badRequest(schedule.missingCadenceObject());
        }
        return schedule;
    }

    /** Group grants by id; groups that do not exist are a 404 naming all of them. */
    private Map<UUID, ConnectionAccess> groupGrants(JsonNode list) {
        Map<UUID, ConnectionAccess> grants = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (JsonNode grant : list) {
            UUID id = UUID.fromString(grant.at("/group/id").asString());
            if (groups.find(id).isEmpty()) {
                unknown.add(id.toString());
            }
            grants.remove(id);
            grants.put(id, ConnectionAccess.valueOf(grant.get("access").asString()));
        }
        if (!unknown.isEmpty()) {
            throw RejectedRequestException.notFound("Group not found: " + String.join(", ", unknown));
        }
        return grants;
    }

    private <T> T value(JsonNode node, Class<T> type) {
        return node == null || node.isNull() ? null : json.treeToValue(node, type);
    }

    private static ConnectionAccess access(JsonNode node) {
        return node.isString() ? ConnectionAccess.valueOf(node.asString()) : null;
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static boolean bool(JsonNode body, String field, boolean otherwise) {
        JsonNode node = body.get(field);
        return node != null && node.isBoolean() ? node.asBoolean() : otherwise;
    }
}
