package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.emulator.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The store without HTTP: ordering, sections, reset, fixture checks and concurrent edits. */
class CellStoreTest {

    private static final Workspace WORKSPACE = Workspace.loadDefault();
    private static final CellDataConnections CONNECTIONS = new SeededConnections();
    private static final UUID PROJECT = WORKSPACE.projectByTitle("Revenue Dashboard").orElseThrow().id();
    private static final UUID SECTION = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID CHILD = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final UUID AFTER = UUID.fromString("33333333-3333-4333-8333-333333333333");

    @Test
    void theDefaultFixtureLoadsAndCoversMostProjects() {
        CellStore store = new CellStore(WORKSPACE, CONNECTIONS);

        long withCells = WORKSPACE.projects().stream().filter(p -> !store.cells(p.id()).isEmpty()).count();
        assertThat(withCells).isGreaterThanOrEqualTo(18);
        assertThat(store.cells(PROJECT)).hasSize(28);
    }

    @Test
    void manyInsertsAtTheSameSpotKeepTheirOrder() {
        CellStore store = store();
        List<UUID> inserted = new ArrayList<>();
        UUID anchor = SECTION;
        for (int i = 0; i < 200; i++) {
            // Always directly after the previous one: ranks keep halving the same gap.
            Cell cell = store.create(markdown(), new CellPlacement(anchor.equals(SECTION) ? null : anchor,
                    anchor.equals(SECTION) ? SECTION : null, anchor.equals(SECTION)
                    ? CellPlacement.ChildPosition.FIRST : null));
            inserted.add(cell.id());
            anchor = cell.id();
        }

        List<UUID> order = store.cells(PROJECT).stream().map(Cell::id).toList();
        assertThat(order.subList(1, 201)).containsExactlyElementsOf(inserted);
        assertThat(order).startsWith(SECTION).endsWith(CHILD, AFTER);
    }

    @Test
    void deletingASectionKeepsItsChildrenInPlace() {
        CellStore store = store();

        store.delete(SECTION);

        assertThat(store.cells(PROJECT).stream().map(Cell::id)).containsExactly(CHILD, AFTER);
        // The child is now top level: inserting after it no longer lands inside a section.
        Cell placed = store.create(markdown(), new CellPlacement(CHILD, null, null));
        assertThat(store.cells(PROJECT).stream().map(Cell::id)).containsExactly(CHILD, placed.id(), AFTER);
        assertThatThrownBy(() -> store.create(markdown(), new CellPlacement(null, SECTION, null)))
                .isInstanceOf(CellRuleException.class);
    }

    @Test
    void pagesAreWindowsOverTheRankOrder() {
        CellStore store = store();

        CellStore.Window first = store.page(PROJECT, 2, null, null);
        CellStore.Window rest = store.page(PROJECT, 2, first.lastRank(), null);
        CellStore.Window back = store.page(PROJECT, 2, null, rest.firstRank());

        assertThat(first.cells().stream().map(Cell::id)).containsExactly(SECTION, CHILD);
        assertThat(first.morePrecede()).isFalse();
        assertThat(first.moreFollow()).isTrue();
        assertThat(rest.cells().stream().map(Cell::id)).containsExactly(AFTER);
        assertThat(rest.moreFollow()).isFalse();
        assertThat(back.cells()).isEqualTo(first.cells());
    }

    @Test
    void resetRestoresTheSeed() {
        CellStore store = store();
        store.create(markdown(), CellPlacement.END);
        store.delete(AFTER);
        store.update(CHILD, c -> c.withContents(CellContents.sql("SELECT 2", "renamed")));

        store.reset();

        assertThat(store.cells(PROJECT).stream().map(Cell::id)).containsExactly(SECTION, CHILD, AFTER);
        assertThat(store.find(CHILD).orElseThrow().contents().sqlCell().source()).isEqualTo("SELECT 1");
    }

    @Test
    void concurrentCreatesAllLandWithDistinctDataframes() throws Exception {
        CellStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Cell>> futures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            futures.add(pool.submit(() -> store.create(
                    new CellStore.NewCell(PROJECT, CellType.SQL, null, null, "SELECT 1", null), CellPlacement.END)));
        }
        for (Future<Cell> f : futures) {
            f.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Cell> cells = store.cells(PROJECT);
        assertThat(cells).hasSize(403);
        assertThat(cells.stream().flatMap(c -> c.outputDataframe().stream()).distinct()).hasSize(401);
    }

    @Test
    void fixtureTyposFailFast() {
        assertThatThrownBy(() -> fixtureStore(fixture("SQL", "\"" + SeededConnections.FERNBROOK_WAREHOUSE
                + "\"", "{\"codeCell\":null,\"sqlCell\":{\"source\":\"SELECT 1\",\"outputDataframe\":\"a\"},"
                + "\"markdownCell\":null}", ",\"colour\":\"red\"")))
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> fixtureStore(fixture("SQL", "\"" + UUID.randomUUID() + "\"",
                "{\"codeCell\":null,\"sqlCell\":{\"source\":\"SELECT 1\",\"outputDataframe\":\"a\"},\"markdownCell\":null}",
                ""))).hasMessageContaining("unknown data connection");
        assertThatThrownBy(() -> fixtureStore(fixture("CODE", "null",
                "{\"codeCell\":null,\"sqlCell\":{\"source\":\"SELECT 1\",\"outputDataframe\":\"a\"},\"markdownCell\":null}",
                ""))).hasMessageContaining("do not match its type");
        assertThatThrownBy(() -> fixtureStore(
                "{\"projects\":[{\"projectId\":\"" + UUID.randomUUID() + "\",\"cells\":[]}]}"))
                .hasMessageContaining("unknown project");
        String missingLabel = "{\"projects\":[{\"projectId\":\"" + PROJECT + "\",\"cells\":[{\"id\":\"" + CHILD
                + "\",\"staticId\":\"" + AFTER + "\",\"cellType\":\"CHART\",\"dataConnectionId\":null,"
                + "\"contents\":{\"codeCell\":null,\"sqlCell\":null,\"markdownCell\":null}}]}]}";
        assertThatThrownBy(() -> fixtureStore(missingLabel)).hasMessageContaining("label");
    }

    private static String fixture(String type, String connection, String contents, String extra) {
        return "{\"projects\":[{\"projectId\":\"" + PROJECT + "\",\"cells\":[{\"id\":\"" + CHILD + "\",\"staticId\":\""
                + AFTER + "\",\"cellType\":\"" + type + "\",\"label\":null,\"dataConnectionId\":" + connection
                + ",\"contents\":" + contents + extra + "}]}]}";
    }

    private static CellStore fixtureStore(String json) {
        return new CellStore(CellFixture.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))),
                WORKSPACE, CONNECTIONS);
    }

    /** A section holding one SQL cell, then a markdown cell. */
    private static CellStore store() {
        String none = "{\"codeCell\":null,\"sqlCell\":null,\"markdownCell\":null}";
        String json = "{\"projects\":[{\"projectId\":\"" + PROJECT + "\",\"cells\":["
                + "{\"id\":\"" + SECTION + "\",\"staticId\":\"" + UUID.randomUUID() + "\",\"cellType\":\"COLLAPSIBLE\","
                + "\"label\":\"Section\",\"dataConnectionId\":null,\"contents\":" + none + ",\"children\":["
                + "{\"id\":\"" + CHILD + "\",\"staticId\":\"" + UUID.randomUUID() + "\",\"cellType\":\"SQL\","
                + "\"label\":null,\"dataConnectionId\":null,\"contents\":{\"codeCell\":null,"
                + "\"sqlCell\":{\"source\":\"SELECT 1\",\"outputDataframe\":\"child\"},\"markdownCell\":null}}]},"
                + "{\"id\":\"" + AFTER + "\",\"staticId\":\"" + UUID.randomUUID() + "\",\"cellType\":\"MARKDOWN\","
                + "\"label\":\"After\",\"dataConnectionId\":null,\"contents\":{\"codeCell\":null,\"sqlCell\":null,"
                + "\"markdownCell\":{\"source\":\"after\"}}}]}]}";
        return fixtureStore(json);
    }

    private static CellStore.NewCell markdown() {
        return new CellStore.NewCell(PROJECT, CellType.MARKDOWN, null, null, "text", null);
    }
}
