package dev.hexgate.emulator.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The seeded fixture, loaded without Spring, as other modules' tests would use it. */
class WorkspaceTest {

    private final Workspace workspace = Workspace.loadDefault();

    @Test
    void seedHasTheDocumentedMix() {
        assertThat(workspace.users()).hasSize(8);
        assertThat(workspace.projects()).hasSize(22);
        assertThat(workspace.projects()).filteredOn(Project::isComponent).hasSize(2);
        assertThat(workspace.projects()).filteredOn(Project::isArchived).hasSize(2);
        assertThat(workspace.projects()).filteredOn(Project::isTrashed).hasSize(1);
        assertThat(workspace.collections()).hasSize(4);
        assertThat(workspace.users()).extracting(User::role)
                .contains(Role.ADMIN, Role.MANAGER, Role.EDITOR, Role.EXPLORER, Role.MEMBER, Role.GUEST);
    }

    @Test
    void workspaceTokenIsFixedAndActsAsTheAdmin() {
        ApiToken token = workspace.workspaceToken();

        assertThat(token.token()).isEqualTo("hxtw_emu_21a3230e03772a58aff1b3709a9e232").hasSize(40);
        assertThat(token.kind()).isEqualTo(TokenKind.WORKSPACE);
        assertThat(workspace.userByEmail(token.user())).get().extracting(User::role).isEqualTo(Role.ADMIN);
    }

    @Test
    void personalTokensAreLookedUpByEmail() {
        assertThat(workspace.personalToken("Kenji.Watanabe@fernbrook.example")).get()
                .satisfies(t -> assertThat(t.token()).startsWith("hxtp_").hasSize(40));
        assertThat(workspace.personalToken("hannah.cole@fernbrook.example")).isEmpty();
        assertThat(workspace.token(workspace.workspaceToken().token())).contains(workspace.workspaceToken());
    }

    @Test
    void rejectsAFixtureReferringToAnUnknownUser() throws IOException {
        String json = defaultFixture().replaceFirst("\"owner\": \\{\\s*\"email\": \"[^\"]+\"",
                "\"owner\": { \"email\": \"ghost@fernbrook.example\"");
        assertThat(json).contains("ghost@");

        assertThatThrownBy(() -> new Workspace(WorkspaceFixture.read(stream(json))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ghost@fernbrook.example");
    }

    @Test
    void rejectsUnknownFieldsInTheFixture() throws IOException {
        String json = defaultFixture().replaceFirst("\"title\":", "\"titel\": \"typo\", \"title\":");

        assertThatThrownBy(() -> WorkspaceFixture.read(stream(json))).isInstanceOf(JacksonException.class)
                .hasMessageContaining("titel");
    }

    @Test
    void rejectsAScheduleWithoutItsCadenceObject() {
        assertThatThrownBy(() -> new Schedule(Schedule.Cadence.WEEKLY, true,
                new Schedule.Hourly(0, "+00:00"), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weekly");
    }

    private static String defaultFixture() throws IOException {
        try (InputStream in = WorkspaceTest.class.getClassLoader()
                .getResourceAsStream(WorkspaceFixture.DEFAULT_RESOURCE)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
