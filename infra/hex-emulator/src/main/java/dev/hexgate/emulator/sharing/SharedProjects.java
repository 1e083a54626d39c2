package dev.hexgate.emulator.sharing;

import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.web.RejectedRequestException;
import dev.hexgate.emulator.workspace.Access;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.Sharing;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** Changes the read-side sharing of projects in the {@link ProjectStore}, one atomic swap per project. */
@Component
class SharedProjects {

    /** What a project shared with nobody looks like (projects created without a sharing object). */
    static final Sharing NOBODY = new Sharing(List.of(), List.of(), List.of(), new Sharing.AccessGrant(Access.NONE),
            new Sharing.AccessGrant(Access.NONE), new Sharing.AccessGrant(Access.NONE));

    private final ProjectStore projects;

    SharedProjects(ProjectStore projects) {
        this.projects = projects;
    }

    /** Applies {@code change} to the project's sharing; an unknown project is a 404 in the route's shape. */
    Project change(UUID projectId, UnaryOperator<Sharing> change) {
        return projects.update(projectId, p -> withSharing(p, change.apply(sharingOf(p))))
                .orElseThrow(() -> RejectedRequestException.notFound("Project not found: " + projectId));
    }

    /** Applies {@code change} to every project's sharing (for renamed or deleted grantees). */
    void changeAll(UnaryOperator<Sharing> change) {
        projects.all().forEach(p -> projects.update(p.id(), current -> {
            Sharing before = sharingOf(current);
            Sharing after = change.apply(before);
            return after.equals(before) ? current : withSharing(current, after);
        }));
    }

    private static Sharing sharingOf(Project project) {
        return project.sharing() == null ? NOBODY : project.sharing();
    }

    private static Project withSharing(Project p, Sharing sharing) {
        return new Project(p.id(), p.title(), p.description(), p.type(), p.creator(), p.owner(), p.status(),
                p.categories(), p.reviews(), p.analytics(), p.lastEditedAt(), p.lastPublishedAt(), p.createdAt(),
                p.archivedAt(), p.trashedAt(), p.schedules(), sharing);
    }
}
