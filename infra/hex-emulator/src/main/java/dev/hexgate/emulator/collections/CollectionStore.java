package dev.hexgate.emulator.collections;

import dev.hexgate.emulator.groups.GroupDeleted;
import dev.hexgate.emulator.groups.GroupStore;
import dev.hexgate.emulator.state.Resettable;
import dev.hexgate.emulator.web.RejectedRequestException;
import dev.hexgate.emulator.workspace.HexCollection;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The workspace's collections as they are now: the seeded ones (from the workspace, with creator and sharing
 * from {@code fixtures/collections.json}) plus what clients created or edited. Hex has no way to delete a
 * collection, so neither has this store.
 *
 * <p>Collection names are unique here: project sharing and ListProjects' {@code collectionId} filter go through
 * the name, so two collections with one name could not be told apart.
 */
@Component
public class CollectionStore implements Resettable {

    private final Workspace workspace;
    private final GroupStore groups;
    private final ApplicationEventPublisher events;
    private final Map<UUID, StoredCollection> seed;
    private final Map<UUID, StoredCollection> byId = new LinkedHashMap<>();

    public CollectionStore(Workspace workspace, GroupStore groups, ApplicationEventPublisher events) {
        this.workspace = workspace;
        this.groups = groups;
        this.events = events;
        this.seed = seed(workspace, CollectionsFixture.load());
        reset();
    }

    public synchronized List<StoredCollection> all() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<StoredCollection> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The collection or a 404 in the route's error shape. */
    public StoredCollection require(UUID id) {
        return find(id).orElseThrow(() -> RejectedRequestException.notFound("Collection not found: " + id));
    }

    public synchronized StoredCollection create(String name, String description, User creator,
            CollectionSharing sharing) {
        requireUnusedName(name, null);
        CollectionSharing initial = sharing == null ? CollectionSharing.none()
                : CollectionSharing.none().upsert(checked(sharing));
        StoredCollection created = new StoredCollection(UUID.randomUUID(), name, description,
                new StoredCollection.Creator(creator.email(), creator.id()), initial);
        byId.put(created.id(), created);
        return created;
    }

    /** Changes what is given; {@code upsert} grants or changes access per user/group ({@code NONE} removes). */
    public StoredCollection edit(UUID id, String name, String description, CollectionSharing upsert) {
        StoredCollection current;
        StoredCollection updated;
        synchronized (this) {
            current = require(id);
            String newName = name == null ? current.name() : name;
            if (!newName.equals(current.name())) {
                requireUnusedName(newName, id);
            }
            CollectionSharing sharing = upsert == null ? current.sharing()
                    : current.sharing().upsert(checked(upsert));
            updated = current.with(newName, description == null ? current.description() : description, sharing);
            byId.put(id, updated);
        }
        // Outside the lock: listeners take other stores' locks.
        if (!updated.name().equals(current.name())) {
            events.publishEvent(new CollectionRenamed(current.name(), updated.name()));
        }
        return updated;
    }

    @EventListener
    public synchronized void groupDeleted(GroupDeleted event) {
        byId.replaceAll((id, c) -> c.with(c.name(), c.description(),
                c.sharing().withoutGroups(event.id()::equals)));
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        byId.putAll(seed);
    }

    /** The sharing request, if every user and group it names exists; otherwise a 400 naming the unknown ones. */
    private CollectionSharing checked(CollectionSharing sharing) {
        requireKnown(sharing.users(), id -> workspace.user(id).isPresent(), "user");
        requireKnown(sharing.groups(), id -> groups.find(id).isPresent(), "group");
        return sharing;
    }

    private static void requireKnown(List<CollectionSharing.Grant> grants, Function<UUID, Boolean> exists,
            String what) {
        List<String> unknown = grants.stream().map(CollectionSharing.Grant::id).filter(id -> !exists.apply(id))
                .map(UUID::toString).distinct().toList();
        if (!unknown.isEmpty()) {
            throw RejectedRequestException.badRequest("Unknown " + what + " ids: " + String.join(", ", unknown));
        }
    }

    private void requireUnusedName(String name, UUID except) {
        boolean taken = byId.values().stream().anyMatch(c -> c.name().equals(name) && !c.id().equals(except));
        if (taken) {
            throw RejectedRequestException.badRequest("A collection named '" + name + "' already exists");
        }
    }

    /** The seeded collections, each checked against the workspace (fail fast on fixture typos). */
    static Map<UUID, StoredCollection> seed(Workspace workspace, CollectionsFixture fixture) {
        Map<UUID, CollectionsFixture.Seeded> extras = new LinkedHashMap<>();
        for (CollectionsFixture.Seeded s : fixture.collections()) {
            require(workspace.collection(s.id()).isPresent(), "unknown collection " + s.id());
            require(extras.put(s.id(), s) == null, "collection " + s.id() + " listed twice");
        }
        Map<UUID, StoredCollection> seeded = new LinkedHashMap<>();
        for (HexCollection c : workspace.collections()) {
            CollectionsFixture.Seeded extra = extras.get(c.id());
            StoredCollection.Creator creator = null;
            CollectionSharing sharing = CollectionSharing.none();
            if (extra != null) {
                User user = workspace.userByEmail(extra.creator()).orElseThrow(() -> new IllegalStateException(
                        "Invalid collections fixture: unknown creator " + extra.creator()));
                creator = new StoredCollection.Creator(user.email(), user.id());
                List<String> problems = new ArrayList<>();
                extra.sharing().users().stream().filter(g -> workspace.user(g.id()).isEmpty())
                        .forEach(g -> problems.add("unknown user " + g.id()));
                extra.sharing().groups().stream().filter(g -> workspace.group(g.id()).isEmpty())
                        .forEach(g -> problems.add("unknown group " + g.id()));
                require(problems.isEmpty(), "collection '" + c.name() + "': " + problems);
                sharing = extra.sharing();
            }
            seeded.put(c.id(), new StoredCollection(c.id(), c.name(), c.description(), creator, sharing));
        }
        return Collections.unmodifiableMap(seeded);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid collections fixture: " + message);
        }
    }
}
