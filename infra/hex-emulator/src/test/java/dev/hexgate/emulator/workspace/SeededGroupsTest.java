package dev.hexgate.emulator.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Seeded groups carry a creation time and members, and the loader checks the members. */
class SeededGroupsTest {

    private final Workspace workspace = Workspace.loadDefault();

    @Test
    void groupsHaveCreationTimesAndKnownMembers() {
        assertThat(workspace.groups()).extracting(Group::name)
                .containsExactly("Data Team", "Finance Team", "Leadership");
        Group dataTeam = workspace.groups().get(0);
        assertThat(dataTeam.createdAt()).isEqualTo(Instant.parse("2024-01-15T10:00:12.408Z"));
        assertThat(dataTeam.members()).hasSize(4);
        workspace.groups().forEach(g -> g.members().forEach(m -> assertThat(workspace.userByEmail(m)).isPresent()));
        assertThat(workspace.group(dataTeam.id())).contains(dataTeam);
        assertThat(workspace.user(workspace.users().get(0).id())).contains(workspace.users().get(0));
    }

    @Test
    void aGroupMemberWhoIsNoUserFailsFast() throws IOException {
        String json = fixture().replaceFirst("\"members\": \\[\\s*\"[^\"]+\"", "\"members\": [ \"ghost@fernbrook.example\"");
        assertThat(json).contains("ghost@");

        assertThatThrownBy(() -> new Workspace(WorkspaceFixture.read(stream(json))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("group 'Data Team' member refers to unknown user ghost@fernbrook.example");
    }

    private static String fixture() throws IOException {
        try (InputStream in = SeededGroupsTest.class.getClassLoader()
                .getResourceAsStream(WorkspaceFixture.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
