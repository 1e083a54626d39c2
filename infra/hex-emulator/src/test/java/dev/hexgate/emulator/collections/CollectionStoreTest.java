package dev.hexgate.emulator.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.emulator.groups.GroupDeleted;
import dev.hexgate.emulator.groups.GroupStore;
import dev.hexgate.emulator.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The store and its seed on their own (no Spring). */
class CollectionStoreTest {

    private static final UUID FINANCE = UUID.fromString("5c459001-2644-4721-9365-a280dfca5954");
    private static final UUID FINANCE_TEAM = UUID.fromString("3f91a8a0-eb7a-4b06-8248-3caad88fb212");

    private final Workspace workspace = Workspace.loadDefault();
    private final List<Object> events = new ArrayList<>();
    private final CollectionStore store =
            new CollectionStore(workspace, new GroupStore(workspace, e -> { }), events::add);

    @Test
    void seedsEveryWorkspaceCollectionInOrder() {
        assertThat(store.all()).extracting(StoredCollection::id)
                .containsExactlyElementsOf(workspace.collections().stream().map(c -> c.id()).toList());
        assertThat(store.require(FINANCE).creator().email()).isEqualTo("daniel.reyes@fernbrook.example");
    }

    @Test
    void renamePublishesAndResetRestoresTheSeed() {
        StoredCollection finance = store.require(FINANCE);

        store.edit(FINANCE, "Finance & Billing", "changed", null);
        store.create("New", null, workspace.users().get(0), null);
        store.groupDeleted(new GroupDeleted(FINANCE_TEAM, "Finance Team"));
        assertThat(store.require(FINANCE).sharing().groups()).isEmpty();
        store.reset();

        assertThat(events).containsExactly(new CollectionRenamed("Finance", "Finance & Billing"));
        assertThat(store.require(FINANCE)).isEqualTo(finance);
        assertThat(store.all()).hasSize(workspace.collections().size());
    }

    @Test
    void aFixtureNamingAnUnknownUserFailsFast() {
        String json = """
                {"collections": [{"id": "%s", "creator": "daniel.reyes@fernbrook.example", "sharing": {
                  "users": [{"id": "00000000-0000-4000-8000-000000000000", "access": "CAN_VIEW"}],
                  "groups": [], "workspace": {"members": "NONE"}}}]}""".formatted(FINANCE);

        assertThatThrownBy(() -> CollectionStore.seed(workspace, read(json)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown user 00000000-0000-4000-8000-000000000000");
    }

    @Test
    void aFixtureWithATypoFailsFast() {
        String json = """
                {"collections": [{"id": "%s", "creator": "daniel.reyes@fernbrook.example", "sharing": {
                  "users": [], "groups": [], "workspace": {"members": "NONE"}, "everyone": "CAN_VIEW"}}]}"""
                .formatted(FINANCE);

        assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class).hasMessageContaining("everyone");
    }

    private static CollectionsFixture read(String json) {
        return CollectionsFixture.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
