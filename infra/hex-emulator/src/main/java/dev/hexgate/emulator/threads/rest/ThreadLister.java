package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.threads.HexThread;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.workspace.Access;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.Role;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * ListThreads: who sees what, the filters, newest-first order and keyset paging. Admins see every thread;
 * managers see their own plus threads on projects they can access (as Hex describes); lower roles are refused
 * before this runs. The emulator has no topics, warnings or feedback, so those filters match accordingly.
 */
@Component
class ThreadLister {

    /** Newest first; ties (same millisecond) broken by id, so the order is total and cursors are exact. */
    private static final Comparator<ListThreadsQuery.Position> NEWEST_FIRST = Comparator
            .comparing(ListThreadsQuery.Position::createdAt)
            .thenComparing(ListThreadsQuery.Position::id)
            .reversed();

    private final ThreadEngine engine;
    private final ProjectStore projects;
    private final ThreadJson json;
    private final Map<UUID, Role> roles;

    ThreadLister(ThreadEngine engine, ProjectStore projects, ThreadJson json, Workspace workspace) {
        this.engine = engine;
        this.projects = projects;
        this.json = json;
        this.roles = workspace.users().stream().collect(Collectors.toUnmodifiableMap(User::id, User::role));
    }

    /** ListThreads response; both pagination keys always present. */
    record ThreadPage(List<ThreadJson.ThreadListItem> threads, Pagination pagination) {
    }

    record Pagination(String after, String before) {
    }

    ThreadPage list(User caller, ListThreadsQuery query) {
        Instant now = engine.now();
        List<HexThread> matching = engine.all().stream()
                .filter(t -> visibleTo(caller, t))
                .filter(t -> matches(query, t, now))
                .sorted(Comparator.comparing(ThreadLister::position, NEWEST_FIRST))
                .toList();
        int from = 0;
        int to = Math.min(matching.size(), query.limit());
        if (query.after().isPresent()) {
            from = firstIndex(matching, p -> NEWEST_FIRST.compare(p, query.after().get()) > 0);
            to = Math.min(matching.size(), from + query.limit());
        } else if (query.before().isPresent()) {
            to = firstIndex(matching, p -> NEWEST_FIRST.compare(p, query.before().get()) >= 0);
            from = Math.max(0, to - query.limit());
        }
        List<HexThread> page = matching.subList(from, to);
        String after = to < matching.size() && !page.isEmpty() ? position(page.get(page.size() - 1)).encode() : null;
        String before = from > 0 && !page.isEmpty() ? position(page.get(0)).encode() : null;
        return new ThreadPage(page.stream().map(json::listItem).toList(), new Pagination(after, before));
    }

    private boolean visibleTo(User caller, HexThread thread) {
        if (caller.role() == Role.ADMIN || thread.ownedBy(caller.id())) {
            return true;
        }
        return thread.projectId() != null
                && projects.find(thread.projectId()).map(p -> canAccess(caller, p)).orElse(false);
    }

    private static boolean canAccess(User user, Project project) {
        if (project.owner().email().equalsIgnoreCase(user.email())
                || project.creator().email().equalsIgnoreCase(user.email())) {
            return true;
        }
        if (project.sharing() == null) {
            return false;
        }
        return project.sharing().workspace().access() != Access.NONE
                || project.sharing().users().stream().anyMatch(g -> g.access() != Access.NONE
                        && g.user().email().equalsIgnoreCase(user.email()));
    }

    private boolean matches(ListThreadsQuery query, HexThread thread, Instant now) {
        return query.source().map(s -> s == thread.source()).orElse(true)
                && query.userId().map(u -> u.equalsIgnoreCase(thread.userId().toString())).orElse(true)
                && query.type().map(t -> t == thread.type()).orElse(true)
                && query.numDays().map(d -> !thread.createdAt().isBefore(now.minus(Duration.ofDays(d)))).orElse(true)
                // No thread has feedback, warnings or topics in the emulator.
                && query.hasFeedback().map(has -> !has).orElse(true)
                && query.warnings().isEmpty()
                && query.topicIds().isEmpty()
                && (query.roles().isEmpty() || query.roles().contains(roles.get(thread.userId())));
    }

    private static ListThreadsQuery.Position position(HexThread thread) {
        return new ListThreadsQuery.Position(thread.createdAt(), thread.id().toString());
    }

    private static int firstIndex(List<HexThread> threads, Function<ListThreadsQuery.Position, Boolean> test) {
        for (int i = 0; i < threads.size(); i++) {
            if (test.apply(position(threads.get(i)))) {
                return i;
            }
        }
        return threads.size();
    }
}
