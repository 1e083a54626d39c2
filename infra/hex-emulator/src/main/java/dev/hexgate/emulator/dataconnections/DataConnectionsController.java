package dev.hexgate.emulator.dataconnections;

import dev.hexgate.emulator.paging.ListParams;
import dev.hexgate.emulator.paging.Ordering;
import dev.hexgate.emulator.paging.Page;
import dev.hexgate.emulator.paging.Pager;
import dev.hexgate.emulator.paging.SortDirection;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/data-connections} (ListDataConnections, GetDataConnection, CreateDataConnection,
 * EditDataConnection). Errors use the tsoa shape. Create and edit both answer 201 with the full connection, as
 * Hex declares. There is no delete: Hex has none.
 */
@RestController
class DataConnectionsController {

    static final int DEFAULT_LIMIT = 25;

    private final DataConnectionStore store;
    private final DataConnectionWrites writes;
    private final DataConnectionViews views;

    DataConnectionsController(DataConnectionStore store, DataConnectionWrites writes, DataConnectionViews views) {
        this.store = store;
        this.writes = writes;
        this.views = views;
    }

    enum SortBy { CREATED_AT, NAME }

    /** Slim items; Hex leaves the default order open, newest first matches ListProjects. */
    @GetMapping("/api/v1/data-connections")
    Page<DataConnectionViews.Summary> list(@RequestParam MultiValueMap<String, String> query) {
        ListParams params = new ListParams(query);
        SortBy sortBy = params.enumValue("sortBy", SortBy.class, SortBy.CREATED_AT);
        SortDirection direction = params.enumValue("sortDirection", SortDirection.class, SortDirection.DESC);
        Ordering<DataConnection> ordering = new Ordering<>(sortBy + ":" + direction,
                sortBy == SortBy.NAME ? c -> ListParams.sortable(c.name()) : c -> ListParams.sortable(c.createdAt()),
                c -> c.id().toString(), direction.ascending());
        return Pager.page(store.all(), ordering, params.limit(DEFAULT_LIMIT), params.text("after"),
                params.text("before")).map(views::summary);
    }

    @GetMapping("/api/v1/data-connections/{dataConnectionId}")
    DataConnectionViews.Full get(@PathVariable UUID dataConnectionId) {
        return views.full(store.require(dataConnectionId));
    }

    @PostMapping("/api/v1/data-connections")
    ResponseEntity<DataConnectionViews.Full> create(@RequestBody JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.full(writes.create(body)));
    }

    @PatchMapping("/api/v1/data-connections/{dataConnectionId}")
    ResponseEntity<DataConnectionViews.Full> edit(@PathVariable UUID dataConnectionId, @RequestBody JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.full(writes.edit(dataConnectionId, body)));
    }
}
