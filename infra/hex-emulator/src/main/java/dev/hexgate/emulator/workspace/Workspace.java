package dev.hexgate.emulator.workspace;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The emulator's seeded Hex workspace: users, groups, collections, projects and API tokens, held in memory and
 * immutable. What clients change at runtime lives in stores (see {@code dev.hexgate.emulator.state.Resettable})
 * that start from this seed.
 *
 * <p>Other modules' tests can use it without starting the emulator, e.g.
 * {@code Workspace.loadDefault().workspaceToken().token()}, or inject the bean from a running emulator context.
 * The constructor checks every cross-reference (emails, names, statuses) so fixture typos fail fast.
 */
public final class Workspace {

    private final WorkspaceFixture seed;
    private final Map<UUID, Project> projectsById;
    private final Map<String, ApiToken> tokensByValue;
    private final Map<String, User> usersByEmail;
    private final Map<UUID, User> usersById;
    private final Map<UUID, Group> groupsById;

    public Workspace(WorkspaceFixture seed) {
        this.seed = seed;
        this.usersByEmail = index(seed.users(), u -> normalizeEmail(u.email()), "user email");
        this.usersById = index(seed.users(), User::id, "user id");
        this.groupsById = index(seed.groups(), Group::id, "group id");
        this.projectsById = index(seed.projects(), Project::id, "project id");
        this.tokensByValue = index(seed.tokens(), ApiToken::token, "token");
        index(seed.collections(), HexCollection::id, "collection id");
        index(seed.collections(), HexCollection::name, "collection name");
        index(seed.groups(), Group::name, "group name");
        checkReferences();
        workspaceToken();
    }

    /** Loads the seed bundled with the emulator. */
    public static Workspace loadDefault() {
        return new Workspace(WorkspaceFixture.readClasspath(WorkspaceFixture.DEFAULT_RESOURCE));
    }

    public Org org() {
        return seed.org();
    }

    public List<User> users() {
        return seed.users();
    }

    public Optional<User> userByEmail(String email) {
        return Optional.ofNullable(usersByEmail.get(normalizeEmail(email)));
    }

    public Optional<User> user(UUID id) {
        return Optional.ofNullable(usersById.get(id));
    }

    /** Seeded groups with their members (emails); the groups as they are now live in the group store. */
    public List<Group> groups() {
        return seed.groups();
    }

    public Optional<Group> group(UUID id) {
        return Optional.ofNullable(groupsById.get(id));
    }

    public List<HexCollection> collections() {
        return seed.collections();
    }

    public Optional<HexCollection> collection(UUID id) {
        return seed.collections().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<ProjectStatus> statuses() {
        return seed.statuses();
    }

    public List<Category> categories() {
        return seed.categories();
    }

    /** All projects in fixture order, including components, archived and trashed ones, with sharing. */
    public List<Project> projects() {
        return seed.projects();
    }

    public Optional<Project> project(UUID id) {
        return Optional.ofNullable(projectsById.get(id));
    }

    public Optional<Project> projectByTitle(String title) {
        return seed.projects().stream().filter(p -> p.title().equals(title)).findFirst();
    }

    public List<ApiToken> tokens() {
        return seed.tokens();
    }

    /** Looks up a bearer token exactly as sent (tokens are case-sensitive). */
    public Optional<ApiToken> token(String value) {
        return Optional.ofNullable(tokensByValue.get(value));
    }

    /** The seeded {@code hxtw_} token; the usual choice for tests that just need to be let in. */
    public ApiToken workspaceToken() {
        return seed.tokens().stream()
                .filter(t -> t.kind() == TokenKind.WORKSPACE)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Fixture has no workspace token"));
    }

    /** The seeded {@code hxtp_} token of a user, if that user has one. */
    public Optional<ApiToken> personalToken(String email) {
        return seed.tokens().stream()
                .filter(t -> t.kind() == TokenKind.PERSONAL && normalizeEmail(t.user()).equals(normalizeEmail(email)))
                .findFirst();
    }

    private void checkReferences() {
        Set<String> statusNames = names(seed.statuses(), ProjectStatus::name);
        Set<String> categoryNames = names(seed.categories(), Category::name);
        Set<String> collectionNames = names(seed.collections(), HexCollection::name);
        Set<String> groupNames = names(seed.groups(), Group::name);
        for (Group group : seed.groups()) {
            group.members().forEach(email -> requireUser(email, "group '" + group.name() + "' member"));
            require(group.members().stream().map(Workspace::normalizeEmail).distinct().count()
                    == group.members().size(), "group '" + group.name() + "' lists a member twice");
        }
        for (ApiToken token : seed.tokens()) {
            requireUser(token.user(), "token of " + token.user());
        }
        for (Project p : seed.projects()) {
            String where = "project '" + p.title() + "'";
            requireUser(p.creator().email(), where + " creator");
            requireUser(p.owner().email(), where + " owner");
            if (p.status() != null) {
                require(statusNames.contains(p.status().name()), where + " has unknown status " + p.status().name());
            }
            p.categories().forEach(c ->
                    require(categoryNames.contains(c.name()), where + " has unknown category " + c.name()));
            require(p.sharing() != null, where + " needs a sharing object");
            p.sharing().users().forEach(g -> requireUser(g.user().email(), where + " sharing"));
            p.sharing().collections().forEach(g -> require(collectionNames.contains(g.collection().name()),
                    where + " is shared with unknown collection " + g.collection().name()));
            p.sharing().groups().forEach(g -> require(groupNames.contains(g.group().name()),
                    where + " is shared with unknown group " + g.group().name()));
        }
    }

    private void requireUser(String email, String where) {
        require(usersByEmail.containsKey(normalizeEmail(email)), where + " refers to unknown user " + email);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid workspace fixture: " + message);
        }
    }

    private static <T, K> Map<K, T> index(Collection<T> items, Function<T, K> key, String what) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Invalid workspace fixture: duplicate " + what + " " + key.apply(a));
        }));
    }

    private static <T> Set<String> names(Collection<T> items, Function<T, String> name) {
        return items.stream().map(name).collect(Collectors.toCollection(HashSet::new));
    }

    /** Emails compare case-insensitively, as they do in Hex's filters. */
    static String normalizeEmail(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
