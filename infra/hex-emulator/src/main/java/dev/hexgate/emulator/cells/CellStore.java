package dev.hexgate.emulator.cells;

import dev.hexgate.emulator.state.Resettable;
import dev.hexgate.emulator.workspace.Workspace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The draft cells of every project: the seed ({@code fixtures/cells.json}) plus what clients created, changed or
 * deleted. Cells are immutable records swapped as a whole; every method holds the store's lock, so a reader never
 * sees half an edit and rules that span cells (placement, unique dataframe names) are checked atomically with the
 * change they guard.
 *
 * <p>Order: each cell has a rank, unique within its project; the draft's order is ascending rank. A new cell gets
 * a rank between its neighbours (exact decimal midpoints), so no other cell ever moves and a page cursor — which
 * remembers a rank, not an offset — stays meaningful across inserts and deletes. A section's children directly
 * follow the section.
 */
@Component
public class CellStore implements Resettable {

    /** Dataframes are Python variables in Hex; SQL cells refer to them by name. */
    static final Pattern DATAFRAME_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final CellFixture seed;
    private final Map<UUID, Entry> byId = new HashMap<>();
    private final Map<UUID, UUID> idByStaticId = new HashMap<>();
    private final Map<UUID, TreeMap<BigDecimal, UUID>> orderByProject = new HashMap<>();

    /** A stored cell with what the API does not show: its section (if any) and its rank. */
    private record Entry(Cell cell, UUID parentId, BigDecimal rank) {
        Entry with(Cell changed) {
            return new Entry(changed, parentId, rank);
        }
    }

    /** A page of a project's cells, with the ranks a cursor needs and whether cells lie beyond either end. */
    public record Window(List<Cell> cells, BigDecimal firstRank, BigDecimal lastRank, boolean morePrecede,
            boolean moreFollow) {
    }

    /**
     * A cell to create: {@code source} fills the contents of its type. {@code outputDataframe} only applies to SQL
     * cells; when null a free {@code dataframe_N} is chosen.
     */
    public record NewCell(UUID projectId, CellType cellType, String label, UUID dataConnectionId, String source,
            String outputDataframe) {
    }

    @Autowired
    public CellStore(Workspace workspace, CellDataConnections connections) {
        this(CellFixture.readClasspath(CellFixture.DEFAULT_RESOURCE), workspace, connections);
    }

    CellStore(CellFixture seed, Workspace workspace, CellDataConnections connections) {
        this.seed = seed;
        reset();
        checkSeed(workspace, connections);
    }

    /** A project's cells in draft order (sections followed by their children); empty if it has none. */
    public synchronized List<Cell> cells(UUID projectId) {
        return orderOf(projectId).values().stream().map(id -> byId.get(id).cell()).toList();
    }

    public synchronized Optional<Cell> find(UUID cellId) {
        return Optional.ofNullable(byId.get(cellId)).map(Entry::cell);
    }

    /** Looks {@code id} up as a cell id first, then as a static id. */
    public synchronized Optional<Cell> findByIdOrStaticId(UUID id) {
        return find(id).or(() -> Optional.ofNullable(idByStaticId.get(id)).flatMap(this::find));
    }

    /**
     * Up to {@code limit} cells strictly after rank {@code after}, strictly before rank {@code before}, or from the
     * start when neither is given.
     */
    public synchronized Window page(UUID projectId, int limit, BigDecimal after, BigDecimal before) {
        TreeMap<BigDecimal, UUID> order = orderOf(projectId);
        List<BigDecimal> ranks;
        if (before != null) {
            List<BigDecimal> preceding = new ArrayList<>(order.headMap(before, false).keySet());
            ranks = preceding.subList(Math.max(0, preceding.size() - limit), preceding.size());
        } else {
            NavigableMap<BigDecimal, UUID> from = after == null ? order : order.tailMap(after, false);
            ranks = from.keySet().stream().limit(limit).toList();
        }
        if (ranks.isEmpty()) {
            return new Window(List.of(), null, null, false, false);
        }
        BigDecimal first = ranks.get(0);
        BigDecimal last = ranks.get(ranks.size() - 1);
        List<Cell> cells = ranks.stream().map(r -> byId.get(order.get(r)).cell()).toList();
        return new Window(cells, first, last, order.lowerKey(first) != null, order.higherKey(last) != null);
    }

    /** Creates a cell with fresh ids where {@code placement} says. */
    public synchronized Cell create(NewCell draft, CellPlacement placement) {
        TreeMap<BigDecimal, UUID> order = orderOf(draft.projectId());
        UUID parentId = null;
        BigDecimal after;
        if (placement.insertAfterCellId() != null) {
            Entry anchor = cellOfProject(placement.insertAfterCellId(), draft.projectId(),
                    "location.insertAfterCellId");
            if (placement.parentCellId() != null && !placement.parentCellId().equals(anchor.parentId())) {
                throw new CellRuleException("location.insertAfterCellId " + anchor.cell().id()
                        + " is not a child of location.parentCellId " + placement.parentCellId());
            }
            parentId = anchor.parentId();
            after = lastRankOfSubtree(anchor);
        } else if (placement.parentCellId() != null) {
            Entry section = cellOfProject(placement.parentCellId(), draft.projectId(), "location.parentCellId");
            if (!section.cell().cellType().isSection()) {
                throw new CellRuleException("location.parentCellId " + section.cell().id() + " is a "
                        + section.cell().cellType() + " cell, not a section");
            }
            parentId = section.cell().id();
            after = placement.childPosition() == CellPlacement.ChildPosition.FIRST ? section.rank()
                    : lastRankOfSubtree(section);
        } else {
            after = order.isEmpty() ? BigDecimal.ZERO : order.lastKey();
        }
        BigDecimal next = order.higherKey(after);
        BigDecimal rank = next == null ? after.add(BigDecimal.ONE) : midpoint(after, next);

        Cell cell = new Cell(UUID.randomUUID(), UUID.randomUUID(), draft.cellType(), draft.label(),
                draft.dataConnectionId(), contentsFor(draft), draft.projectId());
        put(new Entry(cell, parentId, rank));
        return cell;
    }

    /**
     * Applies {@code change} to the cell atomically; empty if there is no such cell. {@code change} may throw
     * {@link CellRuleException}; a renamed output dataframe must still be unique in the project.
     */
    public synchronized Optional<Cell> update(UUID cellId, UnaryOperator<Cell> change) {
        Entry current = byId.get(cellId);
        if (current == null) {
            return Optional.empty();
        }
        Cell changed = change.apply(current.cell());
        if (!changed.id().equals(cellId) || !changed.staticId().equals(current.cell().staticId())
                || !changed.projectId().equals(current.cell().projectId())
                || changed.cellType() != current.cell().cellType()) {
            throw new IllegalArgumentException("A cell's ids, project and type never change");
        }
        Optional<String> renamed = changed.outputDataframe().filter(n -> !current.cell().outputDataframe()
                .map(n::equals).orElse(false));
        renamed.ifPresent(name -> requireFreeDataframe(changed.projectId(), name, cellId));
        byId.put(cellId, current.with(changed));
        return Optional.of(changed);
    }

    /**
     * Removes the cell; empty if there is no such cell. A deleted section's children stay where they were, now
     * outside any section, rather than disappearing with it.
     */
    public synchronized Optional<Cell> delete(UUID cellId) {
        Entry removed = byId.remove(cellId);
        if (removed == null) {
            return Optional.empty();
        }
        idByStaticId.remove(removed.cell().staticId());
        orderOf(removed.cell().projectId()).remove(removed.rank());
        byId.replaceAll((id, e) -> cellId.equals(e.parentId()) ? new Entry(e.cell(), null, e.rank()) : e);
        return Optional.of(removed.cell());
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        idByStaticId.clear();
        orderByProject.clear();
        for (CellFixture.ProjectCells project : seed.projects()) {
            BigDecimal rank = BigDecimal.ZERO;
            for (CellFixture.SeedCell top : project.cells()) {
                rank = rank.add(BigDecimal.ONE);
                put(new Entry(top.toCell(project.projectId()), null, rank));
                for (CellFixture.SeedCell child : top.children()) {
                    rank = rank.add(BigDecimal.ONE);
                    put(new Entry(child.toCell(project.projectId()), top.id(), rank));
                }
            }
        }
    }

    private void put(Entry entry) {
        Cell cell = entry.cell();
        byId.put(cell.id(), entry);
        idByStaticId.put(cell.staticId(), cell.id());
        orderOf(cell.projectId()).put(entry.rank(), cell.id());
    }

    private TreeMap<BigDecimal, UUID> orderOf(UUID projectId) {
        return orderByProject.computeIfAbsent(projectId, k -> new TreeMap<>());
    }

    private Entry cellOfProject(UUID cellId, UUID projectId, String field) {
        Entry entry = byId.get(cellId);
        if (entry == null || !entry.cell().projectId().equals(projectId)) {
            throw new CellRuleException(field + " " + cellId + " is not a cell of project " + projectId);
        }
        return entry;
    }

    /** The rank of the last cell belonging to {@code entry}: its last child for a section, else itself. */
    private BigDecimal lastRankOfSubtree(Entry entry) {
        BigDecimal last = entry.rank();
        TreeMap<BigDecimal, UUID> order = orderOf(entry.cell().projectId());
        for (Map.Entry<BigDecimal, UUID> e : order.tailMap(entry.rank(), false).entrySet()) {
            if (!entry.cell().id().equals(byId.get(e.getValue()).parentId())) {
                break;
            }
            last = e.getKey();
        }
        return last;
    }

    private static BigDecimal midpoint(BigDecimal a, BigDecimal b) {
        // Halving a finite decimal is always exact, so ranks never collide or round.
        return a.add(b).divide(BigDecimal.valueOf(2));
    }

    private CellContents contentsFor(NewCell draft) {
        switch (draft.cellType()) {
            case SQL:
                String name = draft.outputDataframe();
                if (name == null) {
                    name = freeDataframeName(draft.projectId());
                } else {
                    requireFreeDataframe(draft.projectId(), name, null);
                }
                return CellContents.sql(draft.source(), name);
            case CODE:
                return CellContents.code(draft.source());
            case MARKDOWN:
                return CellContents.markdown(draft.source());
            default:
                return CellContents.NONE;
        }
    }

    /** Names compare case-insensitively: dataframe SQL resolves them case-insensitively. */
    private void requireFreeDataframe(UUID projectId, String name, UUID exceptCellId) {
        if (!DATAFRAME_NAME.matcher(name).matches()) {
            throw new CellRuleException("outputDataframe '" + name + "' is not a valid dataframe name");
        }
        boolean taken = dataframeNames(projectId, exceptCellId).contains(name.toLowerCase(Locale.ROOT));
        if (taken) {
            throw new CellRuleException("outputDataframe '" + name + "' is already used by another cell of project "
                    + projectId);
        }
    }

    private String freeDataframeName(UUID projectId) {
        Set<String> taken = dataframeNames(projectId, null);
        for (int n = 1; ; n++) {
            if (!taken.contains("dataframe_" + n)) {
                return "dataframe_" + n;
            }
        }
    }

    private Set<String> dataframeNames(UUID projectId, UUID exceptCellId) {
        Set<String> names = new HashSet<>();
        for (UUID id : orderOf(projectId).values()) {
            if (!id.equals(exceptCellId)) {
                byId.get(id).cell().outputDataframe().ifPresent(n -> names.add(n.toLowerCase(Locale.ROOT)));
            }
        }
        return names;
    }

    /** Fixture typos fail at startup: unknown projects or connections, reused ids, misplaced children. */
    private void checkSeed(Workspace workspace, CellDataConnections connections) {
        Set<UUID> projects = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        int count = 0;
        for (CellFixture.ProjectCells project : seed.projects()) {
            require(workspace.project(project.projectId()).isPresent(),
                    "unknown project " + project.projectId());
            require(projects.add(project.projectId()), "project " + project.projectId() + " listed twice");
            Set<String> dataframes = new HashSet<>();
            for (CellFixture.SeedCell top : project.cells()) {
                require(top.children().isEmpty() || top.cellType().isSection(),
                        "cell " + top.id() + " has children but is not a section");
                List<CellFixture.SeedCell> all = new ArrayList<>();
                all.add(top);
                all.addAll(top.children());
                for (CellFixture.SeedCell cell : all) {
                    count++;
                    require(ids.add(cell.id()) && ids.add(cell.staticId()), "cell id reused: " + cell.id());
                    require(cell == top || cell.children().isEmpty(), "sections cannot nest (" + cell.id() + ")");
                    require(cell.dataConnectionId() == null || connections.exists(cell.dataConnectionId()),
                            "cell " + cell.id() + " names unknown data connection " + cell.dataConnectionId());
                    cell.toCell(project.projectId()).outputDataframe().ifPresent(name -> {
                        require(DATAFRAME_NAME.matcher(name).matches(), "bad dataframe name " + name);
                        require(dataframes.add(name.toLowerCase(Locale.ROOT)), "dataframe " + name + " used twice");
                    });
                }
            }
        }
        require(byId.size() == count, "cell ids collide");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid cell fixture: " + message);
        }
    }
}
