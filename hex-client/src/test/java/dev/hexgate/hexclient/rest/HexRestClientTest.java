package dev.hexgate.hexclient.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.projects.ListProjectsQuery;
import dev.hexgate.hexclient.projects.Project;
import dev.hexgate.hexclient.projects.ProjectPage;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.emulator.SharedEmulator.RunningEmulator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client against the Hex emulator over real HTTP: typed answers, paging, and Hex's error shapes. */
class HexRestClientTest {

    private static RunningEmulator emulator;
    private static HexRestClient hex;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        hex = new HexRestClient(HexClientSettings.of(emulator.baseUrl()));
    }

    private static List<dev.hexgate.emulator.workspace.Project> visibleSeeded() {
        return emulator.workspace().projects().stream()
                .filter(p -> !p.isArchived() && !p.isTrashed() && !p.isComponent()).toList();
    }

    @Test
    void pagesThroughEveryVisibleProjectExactlyOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            ProjectPage page = hex.listProjects(emulator.workspaceToken(),
                    new ListProjectsQuery(4, after, null, null, null, null, null, null, null, null, null, null, null,
                            null)).block();
            page.values().forEach(p -> seen.add(p.id()));
            after = page.pagination().after();
            pages++;
        } while (after != null && pages < 50);
        assertThat(seen).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(visibleSeeded().stream().map(p -> p.id().toString()).toList());
        assertThat(pages).isEqualTo((visibleSeeded().size() + 3) / 4);
    }

    @Test
    void readsAProjectIntoTypedFieldsAndSharingOnlyWhenAsked() {
        dev.hexgate.emulator.workspace.Project seeded = visibleSeeded().get(0);
        Project project = hex.getProject(emulator.workspaceToken(), seeded.id().toString(), false).block();
        assertThat(project.id()).isEqualTo(seeded.id().toString());
        assertThat(project.title()).isEqualTo(seeded.title());
        assertThat(project.owner().email()).isEqualTo(seeded.owner().email());
        assertThat(project.analytics().appViews()).isNotNull();
        assertThat(project.sharing()).isNull();

        Project shared = hex.getProject(emulator.workspaceToken(), seeded.id().toString(), true).block();
        assertThat(shared.sharing()).isNotNull();
        assertThat(shared.sharing().workspace()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/api", "/api/", "/api/v1", "/api/v1/"})
    void acceptsEveryCommonFormOfTheBaseUrl(String suffix) {
        HexRestClient client = new HexRestClient(HexClientSettings.of(emulator.baseUrl() + suffix));
        assertThat(client.listProjects(emulator.workspaceToken(), ListProjectsQuery.firstPage(1)).block().values())
                .hasSize(1);
    }

    @Test
    void mapsTheNewErrorShapeOfAnUnknownProject() {
        assertThatThrownBy(() -> hex.getProject(emulator.workspaceToken(),
                "00000000-0000-4000-8000-000000000000", false).block())
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(HexApiException.Kind.HTTP_STATUS);
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).contains("NOT_FOUND");
                    assertThat(e.isTransient()).isFalse();
                });
    }

    @Test
    void mapsTheOldErrorShapeOfARejectedParameter() {
        assertThatThrownBy(() -> hex.listProjects(emulator.workspaceToken(), ListProjectsQuery.firstPage(0)).block())
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.hexReason()).hasValueSatisfying(r -> assertThat(r).isNotBlank());
                    assertThat(e.traceId()).isPresent();
                });
    }

    @Test
    void mapsThePlainTextUnauthorizedAndNeverEchoesTheToken() {
        String token = "hxtp_not_a_real_token_0123456789abcdef";
        assertThatThrownBy(() -> hex.listProjects(token, ListProjectsQuery.firstPage(1)).block())
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.errorCode()).isEmpty();
                    assertThat(e.getMessage()).doesNotContain(token);
                });
    }

    @Test
    void sendsRepeatedListParametersAsHexExpects() {
        Set<String> statuses = new HashSet<>();
        emulator.workspace().projects().forEach(p -> {
            if (p.status() != null) {
                statuses.add(p.status().name());
            }
        });
        String status = statuses.iterator().next();
        ProjectPage page = hex.listProjects(emulator.workspaceToken(), new ListProjectsQuery(100, null, null, true,
                true, true, null, List.of(status), null, null, null, null, null, null)).block();
        assertThat(page.values()).isNotEmpty().allSatisfy(p -> assertThat(p.status().name()).isEqualTo(status));
    }
}
