package dev.hexgate.emulator.state;

import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The workspace's projects as they are now: the seed plus whatever clients created or changed (status, sharing).
 * Projects are immutable records, so a change swaps the whole record atomically and readers never see half an
 * update. Iteration follows creation order (seed order first), which list routes rely on for stable ties.
 */
@Component
public class ProjectStore implements Resettable {

    private final Workspace seed;
    private final Map<UUID, Project> byId = new ConcurrentHashMap<>();
    private final List<UUID> order = new ArrayList<>();

    public ProjectStore(Workspace seed) {
        this.seed = seed;
        reset();
    }

    /** All projects, including components, archived and trashed ones, with sharing. */
    public synchronized List<Project> all() {
        return order.stream().map(byId::get).toList();
    }

    public Optional<Project> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Adds a new project; its id must be unused. */
    public synchronized Project add(Project project) {
        if (byId.putIfAbsent(project.id(), project) != null) {
            throw new IllegalStateException("Project id already in use: " + project.id());
        }
        order.add(project.id());
        return project;
    }

    /** Applies {@code change} to the project atomically; empty if there is no such project. */
    public Optional<Project> update(UUID id, UnaryOperator<Project> change) {
        return Optional.ofNullable(byId.computeIfPresent(id, (k, current) -> change.apply(current)));
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        order.clear();
        seed.projects().forEach(p -> {
            byId.put(p.id(), p);
            order.add(p.id());
        });
    }
}
