package dev.hexgate.emulator.dataconnections;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hexgate.emulator.groups.GroupStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What the data connection routes serve: the slim list item and the full connection (Hex calls it "with
 * sensitive fields", yet passwords, keys and tokens are never part of it). Group names are looked up now, so a
 * renamed group shows its new name.
 */
@Component
class DataConnectionViews {

    private final GroupStore groups;

    DataConnectionViews(GroupStore groups) {
        this.groups = groups;
    }

    Summary summary(DataConnection c) {
        return new Summary(c.id(), c.name(), c.type(), c.description());
    }

    Full full(DataConnection c) {
        List<GroupGrant> grants = new ArrayList<>();
        c.sharing().groups().forEach((id, access) -> groups.find(id)
                .ifPresent(g -> grants.add(new GroupGrant(new GroupRef(g.name(), g.id()), access))));
        ConnectionSharing s = c.sharing();
        return new Full(c.id(), c.name(), c.type(), c.description(), c.details().wire(), c.connectViaSsh(),
                c.includeMagic(), c.allowWritebackCells(), c.schemaFilters(), c.schemaRefreshSchedule(),
                c.schemaRefreshAccess(),
                new SharingView(new WorkspaceView(s.members(), s.guests(), s.publicAccess()), grants));
    }

    /** A ListDataConnections item: {@code description} only when the connection has one. */
    record Summary(UUID id, String name, ConnectionType type,
            @JsonInclude(JsonInclude.Include.NON_NULL) String description) {
    }

    /** GetDataConnection, and the answer of create and edit. Optional fields are left out when unset. */
    record Full(
            UUID id,
            String name,
            ConnectionType type,
            @JsonInclude(JsonInclude.Include.NON_NULL) String description,
            Map<String, Map<String, JsonNode>> connectionDetails,
            boolean connectViaSsh,
            boolean includeMagic,
            boolean allowWritebackCells,
            @JsonInclude(JsonInclude.Include.NON_NULL) SchemaFilters schemaFilters,
            @JsonInclude(JsonInclude.Include.NON_NULL) RefreshSchedule schemaRefreshSchedule,
            RefreshAccess schemaRefreshAccess,
            SharingView sharing) {
    }

    record SharingView(WorkspaceView workspace, List<GroupGrant> groups) {
    }

    record WorkspaceView(ConnectionAccess members, ConnectionAccess guests,
            @JsonProperty("public") ConnectionAccess publicAccess) {
    }

    record GroupGrant(GroupRef group, ConnectionAccess access) {
    }

    record GroupRef(String name, UUID id) {
    }
}
