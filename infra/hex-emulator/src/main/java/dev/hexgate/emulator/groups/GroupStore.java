package dev.hexgate.emulator.groups;

import dev.hexgate.emulator.state.Resettable;
import dev.hexgate.emulator.web.RejectedRequestException;
import dev.hexgate.emulator.workspace.Group;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The workspace's groups as they are now: the seed plus what clients created, renamed, re-membered or deleted.
 * Groups are immutable records swapped under this store's lock. Members are kept as user emails, the way the
 * seed names them; the seeded users are fixed, so every member is a known user.
 *
 * <p>Group names are unique here: project sharing names groups, so two groups with one name could not be told
 * apart there.
 */
@Component
public class GroupStore implements Resettable {

    private final Workspace workspace;
    private final ApplicationEventPublisher events;
    private final Map<UUID, Group> byId = new LinkedHashMap<>();

    public GroupStore(Workspace workspace, ApplicationEventPublisher events) {
        this.workspace = workspace;
        this.events = events;
        reset();
    }

    public synchronized List<Group> all() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<Group> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The group or a 404 in the route's error shape. */
    public Group require(UUID id) {
        return find(id).orElseThrow(() -> RejectedRequestException.notFound("Group not found: " + id));
    }

    public synchronized Group create(String name, List<UUID> memberIds) {
        requireUnusedName(name, null);
        List<String> members = new ArrayList<>(emailsOf(memberIds));
        Group group = new Group(UUID.randomUUID(), name, Instant.now().truncatedTo(ChronoUnit.MILLIS), members);
        byId.put(group.id(), group);
        return group;
    }

    /**
     * Renames the group and/or changes its members. A user both added and removed in one request is refused:
     * the outcome would depend on an order Hex does not define.
     */
    public Group edit(UUID id, String newName, List<UUID> add, List<UUID> remove) {
        Group current;
        Group updated;
        synchronized (this) {
            current = require(id);
            Set<UUID> both = new LinkedHashSet<>(add);
            both.retainAll(remove);
            if (!both.isEmpty()) {
                throw RejectedRequestException.badRequest("Users cannot be both added and removed: " + join(both));
            }
            Set<String> added = emailsOf(add);
            Set<String> removed = emailsOf(remove);
            String name = newName == null ? current.name() : newName;
            if (!name.equals(current.name())) {
                requireUnusedName(name, id);
            }
            LinkedHashSet<String> members = new LinkedHashSet<>(current.members());
            members.addAll(added);
            members.removeIf(email -> removed.stream().anyMatch(email::equalsIgnoreCase));
            updated = new Group(id, name, current.createdAt(), List.copyOf(members));
            byId.put(id, updated);
        }
        // Outside the lock: listeners take other stores' locks, which may in turn look groups up.
        if (!updated.name().equals(current.name())) {
            events.publishEvent(new GroupRenamed(current.name(), updated.name()));
        }
        return updated;
    }

    public void delete(UUID id) {
        Group removed;
        synchronized (this) {
            removed = require(id);
            byId.remove(id);
        }
        events.publishEvent(new GroupDeleted(id, removed.name()));
    }

    /** The users in the group, in the workspace's user order. */
    public List<User> members(Group group) {
        Set<String> emails = new LinkedHashSet<>();
        group.members().forEach(e -> emails.add(e.toLowerCase(Locale.ROOT)));
        return workspace.users().stream().filter(u -> emails.contains(u.email().toLowerCase(Locale.ROOT))).toList();
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        workspace.groups().forEach(g -> byId.put(g.id(), g));
    }

    /** Emails of the users; unknown ids are a 400 naming all of them. */
    private Set<String> emailsOf(Collection<UUID> userIds) {
        Set<String> emails = new LinkedHashSet<>();
        List<UUID> unknown = new ArrayList<>();
        for (UUID id : userIds) {
            workspace.user(id).ifPresentOrElse(u -> emails.add(u.email()), () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw RejectedRequestException.badRequest("Unknown user ids: " + join(unknown));
        }
        return emails;
    }

    private void requireUnusedName(String name, UUID except) {
        boolean taken = byId.values().stream().anyMatch(g -> g.name().equals(name) && !g.id().equals(except));
        if (taken) {
            throw RejectedRequestException.badRequest("A group named '" + name + "' already exists");
        }
    }

    private static String join(Collection<UUID> ids) {
        return String.join(", ", ids.stream().map(UUID::toString).toList());
    }
}
