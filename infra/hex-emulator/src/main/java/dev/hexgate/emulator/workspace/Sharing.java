package dev.hexgate.emulator.workspace;

import java.util.List;
import java.util.Objects;

/**
 * Read-side project sharing. Hex reports grantees by email or name, never by id; collection entries double as
 * the project's collection memberships.
 */
public record Sharing(
        List<UserGrant> users,
        List<CollectionGrant> collections,
        List<GroupGrant> groups,
        AccessGrant workspace,
        AccessGrant publicWeb,
        AccessGrant support) {

    public Sharing {
        users = List.copyOf(users);
        collections = List.copyOf(collections);
        groups = List.copyOf(groups);
        Objects.requireNonNull(workspace, "sharing.workspace");
        Objects.requireNonNull(publicWeb, "sharing.publicWeb");
        Objects.requireNonNull(support, "sharing.support");
    }

    public record UserGrant(EmailRef user, Access access) {
    }

    public record CollectionGrant(NameRef collection, Access access) {
    }

    public record GroupGrant(NameRef group, Access access) {
    }

    public record AccessGrant(Access access) {
    }
}
