package dev.hexgate.emulator.collections;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who can see a collection, in Hex's shape: users and groups by id, plus the workspace's members. Hex leaves the
 * access values open (a plain string); {@code NONE} means "no access", so a grant with it is dropped rather than
 * kept. The same record is the request shape of CreateCollection and of EditCollection's {@code upsert}, where
 * every field is optional.
 */
public record CollectionSharing(List<Grant> users, List<Grant> groups,
        @JsonInclude(JsonInclude.Include.NON_NULL) WorkspaceAccess workspace) {

    static final String NO_ACCESS = "NONE";

    public CollectionSharing {
        users = users == null ? List.of() : List.copyOf(users);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    static CollectionSharing none() {
        return new CollectionSharing(List.of(), List.of(), new WorkspaceAccess(NO_ACCESS));
    }

    public record Grant(UUID id, String access) {
    }

    public record WorkspaceAccess(String members) {
    }

    /** This sharing with {@code upsert} applied: listed grantees get the new access ({@code NONE} removes them). */
    CollectionSharing upsert(CollectionSharing upsert) {
        WorkspaceAccess ws = upsert.workspace() != null && upsert.workspace().members() != null
                ? upsert.workspace() : workspace;
        return new CollectionSharing(merge(users, upsert.users()), merge(groups, upsert.groups()), ws);
    }

    /** This sharing without the grants {@code drop} matches (e.g. a deleted group's). */
    CollectionSharing withoutGroups(Predicate<UUID> drop) {
        return new CollectionSharing(users, groups.stream().filter(g -> !drop.test(g.id())).toList(), workspace);
    }

    private static List<Grant> merge(List<Grant> current, List<Grant> changes) {
        Map<UUID, String> byId = new LinkedHashMap<>();
        current.forEach(g -> byId.put(g.id(), g.access()));
        for (Grant change : changes) {
            if (NO_ACCESS.equals(change.access())) {
                byId.remove(change.id());
            } else {
                byId.put(change.id(), change.access());
            }
        }
        List<Grant> merged = new ArrayList<>();
        byId.forEach((id, access) -> merged.add(new Grant(id, access)));
        return merged;
    }
}
