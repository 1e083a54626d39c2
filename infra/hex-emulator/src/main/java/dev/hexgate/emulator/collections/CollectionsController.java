package dev.hexgate.emulator.collections;

import dev.hexgate.emulator.auth.BearerTokenFilter;
import dev.hexgate.emulator.paging.ListParams;
import dev.hexgate.emulator.paging.Ordering;
import dev.hexgate.emulator.paging.Page;
import dev.hexgate.emulator.paging.Pager;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
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
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /api/v1/collections} (ListCollections, GetCollection, CreateCollection, EditCollection). Errors use the
 * tsoa shape. There is no delete: Hex has none.
 */
@RestController
class CollectionsController {

    static final int DEFAULT_LIMIT = 25;

    private final CollectionStore collections;
    private final Workspace workspace;

    CollectionsController(CollectionStore collections, Workspace workspace) {
        this.collections = collections;
        this.workspace = workspace;
    }

    /** The only order Hex offers is by name (no direction parameter), so A to Z. */
    @GetMapping("/api/v1/collections")
    Page<StoredCollection> list(@RequestParam MultiValueMap<String, String> query) {
        ListParams params = new ListParams(query);
        Ordering<StoredCollection> byName = new Ordering<>("NAME:ASC", c -> ListParams.sortable(c.name()),
                c -> c.id().toString(), true);
        return Pager.page(collections.all(), byName, params.limit(DEFAULT_LIMIT), params.text("after"),
                params.text("before"));
    }

    @GetMapping("/api/v1/collections/{collectionId}")
    StoredCollection get(@PathVariable UUID collectionId) {
        return collections.require(collectionId);
    }

    /** The caller's user becomes the creator (workspace tokens act as the admin who made them). */
    @PostMapping("/api/v1/collections")
    ResponseEntity<StoredCollection> create(@RequestBody CreateCollection body, ServerWebExchange exchange) {
        User caller = workspace.userByEmail(BearerTokenFilter.caller(exchange).user()).orElseThrow();
        StoredCollection created = collections.create(body.name(), body.description(), caller, body.sharing());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PatchMapping("/api/v1/collections/{collectionId}")
    StoredCollection edit(@PathVariable UUID collectionId, @RequestBody EditCollection body) {
        CollectionSharing upsert = body.sharing() == null ? null : body.sharing().upsert();
        return collections.edit(collectionId, body.name(), body.description(), upsert);
    }

    record CreateCollection(String name, String description, CollectionSharing sharing) {
    }

    record EditCollection(String name, String description, SharingChange sharing) {
    }

    record SharingChange(CollectionSharing upsert) {
    }
}
