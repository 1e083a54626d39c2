package dev.hexgate.emulator.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.emulator.web.RejectedRequestException;
import dev.hexgate.emulator.workspace.Group;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The store on its own (no Spring): events, members, reset. */
class GroupStoreTest {

    private final Workspace workspace = Workspace.loadDefault();
    private final List<Object> events = new ArrayList<>();
    private final GroupStore store = new GroupStore(workspace, events::add);

    @Test
    void startsWithTheSeededGroupsAndTheirMembers() {
        assertThat(store.all()).extracting(Group::name).containsExactly("Data Team", "Finance Team", "Leadership");
        Group leadership = store.all().get(2);
        assertThat(store.members(leadership)).extracting(User::email)
                .containsExactly("maya.okafor@fernbrook.example", "daniel.reyes@fernbrook.example");
    }

    @Test
    void renameAndDeletePublishWhatProjectSharingNeeds() {
        Group group = store.create("Ops", List.of());

        store.edit(group.id(), "Operations", List.of(), List.of());
        store.edit(group.id(), "Operations", List.of(), List.of());
        store.delete(group.id());

        assertThat(events).containsExactly(new GroupRenamed("Ops", "Operations"),
                new GroupDeleted(group.id(), "Operations"));
    }

    @Test
    void resetDropsEverythingClientsDid() {
        Group dataTeam = store.all().get(0);
        store.create("Temporary", List.of());
        store.edit(dataTeam.id(), "Renamed", List.of(), List.of(user("priya.natarajan@fernbrook.example")));
        store.delete(store.all().get(1).id());

        store.reset();

        assertThat(store.all()).containsExactlyElementsOf(workspace.groups());
    }

    @Test
    void unknownUsersAreRefusedAndNothingChanges() {
        Group dataTeam = store.all().get(0);
        UUID ghost = UUID.fromString("00000000-0000-4000-8000-000000000000");

        assertThatThrownBy(() -> store.edit(dataTeam.id(), "Changed", List.of(ghost), List.of()))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining(ghost.toString());
        assertThat(store.find(dataTeam.id())).contains(dataTeam);
    }

    private UUID user(String email) {
        return workspace.userByEmail(email).orElseThrow().id();
    }
}
