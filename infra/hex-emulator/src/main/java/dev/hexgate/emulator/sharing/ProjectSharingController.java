package dev.hexgate.emulator.sharing;

import dev.hexgate.emulator.collections.CollectionStore;
import dev.hexgate.emulator.collections.StoredCollection;
import dev.hexgate.emulator.groups.GroupStore;
import dev.hexgate.emulator.workspace.Access;
import dev.hexgate.emulator.workspace.EmailRef;
import dev.hexgate.emulator.workspace.Group;
import dev.hexgate.emulator.workspace.NameRef;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.Sharing;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The four project sharing routes under {@code /api/v1/projects/{projectId}/sharing/}. Requests name grantees
 * by id (at most 25 per request and {@code NONE} removes, both checked by the OpenAPI description); the answer
 * shows the project's sharing by email and name. Ids that name nobody are reported in {@code errors[]} while the
 * other entries still apply. Errors use the tsoa shape; an unknown project is a 404.
 */
@RestController
class ProjectSharingController {

    static final String BASE = "/api/v1/projects/{projectId}/sharing";

    private final SharedProjects projects;
    private final Workspace workspace;
    private final GroupStore groups;
    private final CollectionStore collections;

    ProjectSharingController(SharedProjects projects, Workspace workspace, GroupStore groups,
            CollectionStore collections) {
        this.projects = projects;
        this.workspace = workspace;
        this.groups = groups;
        this.collections = collections;
    }

    @PatchMapping(BASE + "/users")
    SharingResponse users(@PathVariable UUID projectId, @RequestBody JsonNode body) {
        Resolved<String> resolved = resolve(upserts(body, "users", "user"),
                id -> workspace.user(id).map(User::email));
        Project project = projects.change(projectId, s -> new Sharing(
                upsert(s.users(), resolved.found(), g -> g.user().email(),
                        (email, access) -> new Sharing.UserGrant(new EmailRef(email), access)),
                s.collections(), s.groups(), s.workspace(), s.publicWeb(), s.support()));
        return new SharingResponse(project, resolved.unknown().isEmpty() ? List.of()
                : List.of(new SharingErrors.Users(resolved.unknown(), "User not found")));
    }

    @PatchMapping(BASE + "/groups")
    SharingResponse groups(@PathVariable UUID projectId, @RequestBody JsonNode body) {
        Resolved<String> resolved = resolve(upserts(body, "groups", "group"),
                id -> groups.find(id).map(Group::name));
        Project project = projects.change(projectId, s -> new Sharing(s.users(), s.collections(),
                upsert(s.groups(), resolved.found(), g -> g.group().name(),
                        (name, access) -> new Sharing.GroupGrant(new NameRef(name), access)),
                s.workspace(), s.publicWeb(), s.support()));
        return new SharingResponse(project, resolved.unknown().isEmpty() ? List.of()
                : List.of(new SharingErrors.Groups(resolved.unknown(), "Group not found")));
    }

    @PatchMapping(BASE + "/collections")
    SharingResponse collections(@PathVariable UUID projectId, @RequestBody JsonNode body) {
        Resolved<String> resolved = resolve(upserts(body, "collections", "collection"),
                id -> collections.find(id).map(StoredCollection::name));
        Project project = projects.change(projectId, s -> new Sharing(s.users(),
                upsert(s.collections(), resolved.found(), g -> g.collection().name(),
                        (name, access) -> new Sharing.CollectionGrant(new NameRef(name), access)),
                s.groups(), s.workspace(), s.publicWeb(), s.support()));
        return new SharingResponse(project, resolved.unknown().isEmpty() ? List.of()
                : List.of(new SharingErrors.Collections(resolved.unknown(), "Collection not found")));
    }

    /**
     * Either audience is optional. Publishing to the web only ever lets people view the app, so other public
     * levels are refused in {@code errors[]} while a workspace change in the same request still applies.
     */
    @PatchMapping(BASE + "/workspaceAndPublic")
    SharingResponse workspaceAndPublic(@PathVariable UUID projectId, @RequestBody JsonNode body) {
        Optional<Access> workspaceAccess = access(body.at("/sharing/workspace"));
        Optional<Access> publicAccess = access(body.at("/sharing/publicWeb"));
        List<Object> errors = new ArrayList<>();
        if (publicAccess.isPresent() && publicAccess.get() != Access.NONE && publicAccess.get() != Access.APP_ONLY) {
            errors.add(new SharingErrors.Audience("publicWeb",
                    "Public web access can only be APP_ONLY or NONE, not " + publicAccess.get()));
            publicAccess = Optional.empty();
        }
        Optional<Access> publicChange = publicAccess;
        Project project = projects.change(projectId, s -> new Sharing(s.users(), s.collections(), s.groups(),
                workspaceAccess.map(Sharing.AccessGrant::new).orElse(s.workspace()),
                publicChange.map(Sharing.AccessGrant::new).orElse(s.publicWeb()),
                s.support()));
        return new SharingResponse(project, errors);
    }

    /** The upsert entries in request order; a later entry for the same id wins. */
    private static Map<UUID, Access> upserts(JsonNode body, String list, String entity) {
        Map<UUID, Access> entries = new LinkedHashMap<>();
        for (JsonNode entry : body.at("/sharing/upsert/" + list)) {
            UUID id = UUID.fromString(entry.at("/" + entity + "/id").asString());
            entries.remove(id);
            entries.put(id, Access.valueOf(entry.get("access").asString()));
        }
        return entries;
    }

    private static Optional<Access> access(JsonNode node) {
        return node.isString() ? Optional.of(Access.valueOf(node.asString())) : Optional.empty();
    }

    /** Grantees found by id (mapped to the email or name sharing shows) and the ids that name nobody. */
    private record Resolved<K>(Map<K, Access> found, List<UUID> unknown) {
    }

    private static <K> Resolved<K> resolve(Map<UUID, Access> requested, Function<UUID, Optional<K>> lookup) {
        Map<K, Access> found = new LinkedHashMap<>();
        List<UUID> unknown = new ArrayList<>();
        requested.forEach((id, access) -> lookup.apply(id).ifPresentOrElse(
                key -> found.put(key, access), () -> unknown.add(id)));
        return new Resolved<>(found, unknown);
    }

    /** Grants after the changes: existing grantees keep their place, new ones are appended, NONE removes. */
    private static <G, K> List<G> upsert(List<G> current, Map<K, Access> changes, Function<G, K> keyOf,
            BiFunction<K, Access, G> grant) {
        Map<K, G> byKey = new LinkedHashMap<>();
        current.forEach(g -> byKey.put(keyOf.apply(g), g));
        changes.forEach((key, access) -> {
            if (access == Access.NONE) {
                byKey.remove(key);
            } else {
                byKey.put(key, grant.apply(key, access));
            }
        });
        return List.copyOf(byKey.values());
    }
}
