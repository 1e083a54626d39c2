package dev.hexgate.emulator.cells;

import dev.hexgate.emulator.state.ProjectStore;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * ListCells, GetCell, CreateCell, UpdateCell and DeleteCell on a project's draft. Ids, enums, limits and body
 * shapes were validated against {@code openapi/cells.yaml} before these run; what remains here are existence
 * checks and rules that need the stored cells.
 */
@RestController
class CellsController {

    static final int DEFAULT_LIMIT = 25;

    private final CellStore cells;
    private final ProjectStore projects;
    private final CellDataConnections connections;

    CellsController(CellStore cells, ProjectStore projects, CellDataConnections connections) {
        this.cells = cells;
        this.projects = projects;
        this.connections = connections;
    }

    @GetMapping("/api/v1/cells")
    CellPage listCells(@RequestParam MultiValueMap<String, String> params) {
        UUID projectId = UUID.fromString(params.getFirst("projectId"));
        if (projects.find(projectId).isEmpty()) {
            throw new CellNotFoundException();
        }
        int limit = param(params, "limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
        Optional<String> after = param(params, "after");
        Optional<String> before = param(params, "before");
        if (after.isPresent() && before.isPresent()) {
            throw new CellRuleException("Only one of after and before may be given");
        }
        BigDecimal afterRank = after.map(v -> CellCursor.decode("after", v, projectId).rank()).orElse(null);
        BigDecimal beforeRank = before.map(v -> CellCursor.decode("before", v, projectId).rank()).orElse(null);

        CellStore.Window window = cells.page(projectId, limit, afterRank, beforeRank);
        String nextCursor = window.moreFollow() ? new CellCursor(projectId, window.lastRank()).encode() : null;
        String previousCursor = window.morePrecede() ? new CellCursor(projectId, window.firstRank()).encode() : null;
        return new CellPage(window.cells(), new CellPage.Pagination(nextCursor, previousCursor));
    }

    @GetMapping("/api/v1/cells/{cellId}")
    Cell getCell(@PathVariable UUID cellId) {
        return cells.find(cellId).orElseThrow(CellNotFoundException::new);
    }

    /** Hex answers 200 (not 201) with the new cell. */
    @PostMapping("/api/v1/cells")
    Cell createCell(@RequestBody CreateCellRequest request) {
        CellStore.NewCell draft = request.toNewCell();
        CellPlacement placement = request.placement();
        // CreateCell declares no 404: an unknown project is a bad reference in the body.
        if (projects.find(draft.projectId()).isEmpty()) {
            throw new CellRuleException("projectId " + draft.projectId() + " is not a project");
        }
        if (draft.dataConnectionId() != null && !connections.exists(draft.dataConnectionId())) {
            throw new CellRuleException("contents.sqlCell.dataConnectionId " + draft.dataConnectionId()
                    + " is not a data connection");
        }
        return cells.create(draft, placement);
    }

    @PatchMapping("/api/v1/cells/{cellId}")
    Cell updateCell(@PathVariable UUID cellId, @RequestBody JsonNode body) {
        CellUpdate update = CellUpdate.parse(body);
        return cells.update(cellId, cell -> update.applyTo(cell, connections)).orElseThrow(CellNotFoundException::new);
    }

    /** Hex answers 200 with the deleted cell's id; the cell is then gone (404). */
    @DeleteMapping("/api/v1/cells/{cellId}")
    Map<String, UUID> deleteCell(@PathVariable UUID cellId) {
        return cells.delete(cellId).map(c -> Map.of("cellId", c.id())).orElseThrow(CellNotFoundException::new);
    }

    /** Blank values count as absent. */
    private static Optional<String> param(MultiValueMap<String, String> params, String name) {
        return Optional.ofNullable(params.getFirst(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
