package dev.hexgate.emulator.dataconnections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.emulator.groups.GroupDeleted;
import dev.hexgate.emulator.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The store and its seed on their own (no Spring). */
class DataConnectionStoreTest {

    /** Another helper's cell fixture refers to these two; they must stay. */
    private static final UUID WAREHOUSE = UUID.fromString("7d1c4f0e-3b5a-4c8e-9f21-6a0b2d9e4c11");
    private static final UUID SNOWFLAKE = UUID.fromString("b2e8a6d4-1f3c-4a5b-8e7d-0c9f1a2b3c4d");
    private static final UUID DATA_TEAM = UUID.fromString("3ef142f5-13f7-4cf0-bb8e-67b5be3872cb");

    private final Workspace workspace = Workspace.loadDefault();
    private final DataConnectionStore store = new DataConnectionStore(workspace);

    @Test
    void seedHasTheFixedConnectionsOtherFixturesReferTo() {
        assertThat(store.require(WAREHOUSE).name()).isEqualTo("Fernbrook Warehouse");
        assertThat(store.require(WAREHOUSE).type()).isEqualTo(ConnectionType.POSTGRES);
        assertThat(store.require(SNOWFLAKE).name()).isEqualTo("Fernbrook Snowflake");
        assertThat(store.require(SNOWFLAKE).type()).isEqualTo(ConnectionType.SNOWFLAKE);
        assertThat(store.all()).extracting(DataConnection::type).contains(ConnectionType.BIGQUERY,
                ConnectionType.DATABRICKS, ConnectionType.CLICKHOUSE);
    }

    @Test
    void secretsAreKeptApartFromWhatIsServed() {
        ConnectionDetails details = store.require(SNOWFLAKE).details();

        assertThat(details.readable()).doesNotContainKeys("privateKey", "passphrase");
        assertThat(details.hasSecret("passphrase", "emu-fake-passphrase-8d4e")).isTrue();
        assertThat(details.toString()).doesNotContain("emu-fake-passphrase-8d4e");
    }

    @Test
    void aDeletedGroupDisappearsFromSharingAndResetRestoresTheSeed() {
        DataConnection warehouse = store.require(WAREHOUSE);

        store.groupDeleted(new GroupDeleted(DATA_TEAM, "Data Team"));
        assertThat(store.require(WAREHOUSE).sharing().groups()).isEmpty();
        store.reset();

        assertThat(store.require(WAREHOUSE)).isEqualTo(warehouse);
    }

    @Test
    void aFixtureFieldTheTypeDoesNotHaveFailsFast() {
        String json = """
                {"dataConnections": [{"id": "%s", "name": "W", "type": "postgres", "description": null,
                  "connectionDetails": {"postgres": {"hostname": "h", "port": 1, "database": "d", "username": "u",
                    "passwrd": "typo"}},
                  "connectViaSsh": false, "includeMagic": true, "allowWritebackCells": false,
                  "schemaFilters": null, "schemaRefreshSchedule": null, "schemaRefreshAccess": "ADMINS",
                  "sharing": {"workspace": {"members": "NONE", "guests": "NONE", "public": "NONE"}, "groups": []},
                  "createdAt": "2024-01-01T00:00:00.000Z"}]}""".formatted(WAREHOUSE);

        assertThatThrownBy(() -> DataConnectionStore.seed(workspace, read(json)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("passwrd");
    }

    @Test
    void aFixtureNamingAnUnknownGroupFailsFast() {
        String json = """
                {"dataConnections": [{"id": "%s", "name": "W", "type": "databricks", "description": null,
                  "connectionDetails": {"databricks": {"jdbcUrl": "j", "accessToken": "t"}},
                  "connectViaSsh": false, "includeMagic": true, "allowWritebackCells": false,
                  "schemaFilters": null, "schemaRefreshSchedule": null, "schemaRefreshAccess": "ADMINS",
                  "sharing": {"workspace": {"members": "NONE", "guests": "NONE", "public": "NONE"},
                    "groups": [{"group": {"id": "00000000-0000-4000-8000-000000000000"}, "access": "QUERY"}]},
                  "createdAt": "2024-01-01T00:00:00.000Z"}]}""".formatted(WAREHOUSE);

        assertThatThrownBy(() -> DataConnectionStore.seed(workspace, read(json)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown group");
    }

    private static DataConnectionsFixture read(String json) {
        return DataConnectionsFixture.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
