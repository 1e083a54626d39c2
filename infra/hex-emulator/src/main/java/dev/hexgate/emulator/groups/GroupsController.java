package dev.hexgate.emulator.groups;

import dev.hexgate.emulator.paging.ListParams;
import dev.hexgate.emulator.paging.Ordering;
import dev.hexgate.emulator.paging.Page;
import dev.hexgate.emulator.paging.Pager;
import dev.hexgate.emulator.paging.SortDirection;
import dev.hexgate.emulator.workspace.Group;
import dev.hexgate.emulator.workspace.User;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/groups} (ListGroups, GetGroup, CreateGroup, EditGroup, DeleteGroup). Errors use the tsoa shape;
 * ids, body shapes and the 100-members-per-list limit were checked against the OpenAPI description already.
 */
@RestController
class GroupsController {

    static final int DEFAULT_LIMIT = 25;

    private final GroupStore groups;

    GroupsController(GroupStore groups) {
        this.groups = groups;
    }

    enum SortBy { CREATED_AT, NAME }

    @GetMapping("/api/v1/groups")
    Page<GroupResource> list(@RequestParam MultiValueMap<String, String> query) {
        ListParams params = new ListParams(query);
        // Hex leaves the defaults open; newest first matches ListProjects.
        SortBy sortBy = params.enumValue("sortBy", SortBy.class, SortBy.CREATED_AT);
        SortDirection direction = params.enumValue("sortDirection", SortDirection.class, SortDirection.DESC);
        Ordering<Group> ordering = new Ordering<>(sortBy + ":" + direction,
                sortBy == SortBy.NAME ? g -> ListParams.sortable(g.name()) : g -> ListParams.sortable(g.createdAt()),
                g -> g.id().toString(), direction.ascending());
        return Pager.page(groups.all(), ordering, params.limit(DEFAULT_LIMIT),
                params.text("after"), params.text("before")).map(GroupResource::of);
    }

    @GetMapping("/api/v1/groups/{groupId}")
    GroupResource get(@PathVariable UUID groupId) {
        return GroupResource.of(groups.require(groupId));
    }

    @PostMapping("/api/v1/groups")
    ResponseEntity<CreatedGroup> create(@RequestBody GroupRequests.CreateGroup body) {
        Group group = groups.create(body.name(), GroupRequests.Members.ids(body.members()));
        List<UUID> memberIds = groups.members(group).stream().map(User::id).toList();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedGroup(group.id(), group.name(), GroupRequests.Members.of(memberIds)));
    }

    @PatchMapping("/api/v1/groups/{groupId}")
    GroupResource edit(@PathVariable UUID groupId, @RequestBody GroupRequests.EditGroup body) {
        GroupRequests.MemberChanges changes = body.members();
        List<UUID> add = changes == null ? List.of() : GroupRequests.Members.ids(changes.add());
        List<UUID> remove = changes == null ? List.of() : GroupRequests.Members.ids(changes.remove());
        return GroupResource.of(groups.edit(groupId, body.name(), add, remove));
    }

    @DeleteMapping("/api/v1/groups/{groupId}")
    ResponseEntity<Void> delete(@PathVariable UUID groupId) {
        groups.delete(groupId);
        return ResponseEntity.noContent().build();
    }

    /** CreateGroup's answer, the only group shape that lists members (and the only one without createdAt). */
    record CreatedGroup(UUID id, String name, GroupRequests.Members members) {
    }
}
