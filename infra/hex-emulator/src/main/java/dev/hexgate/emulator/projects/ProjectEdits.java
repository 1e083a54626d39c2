package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.workspace.Access;
import dev.hexgate.emulator.workspace.Analytics;
import dev.hexgate.emulator.workspace.EmailRef;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.ProjectStatus;
import dev.hexgate.emulator.workspace.ProjectType;
import dev.hexgate.emulator.workspace.Reviews;
import dev.hexgate.emulator.workspace.Sharing;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The project records CreateProject and UpdateProject produce. */
final class ProjectEdits {

    private ProjectEdits() {
    }

    /**
     * A fresh project: unpublished, never viewed, owned by its creator, with no status, categories or schedules,
     * and shared with nobody but the owner (full access).
     */
    static Project created(String title, String description, String creatorEmail, Instant now) {
        EmailRef creator = new EmailRef(creatorEmail);
        Sharing sharing = new Sharing(
                List.of(new Sharing.UserGrant(creator, Access.FULL_ACCESS)),
                List.of(),
                List.of(),
                new Sharing.AccessGrant(Access.NONE),
                new Sharing.AccessGrant(Access.NONE),
                new Sharing.AccessGrant(Access.NONE));
        Analytics analytics = new Analytics(new Analytics.AppViews(0, 0, 0, 0), null, null);
        return new Project(UUID.randomUUID(), title, description, ProjectType.PROJECT, creator, creator, null,
                List.of(), new Reviews(false), analytics, now, null, now, null, null, List.of(), sharing);
    }

    /**
     * The same project with {@code status} (null removes it). A status is a label on the project, not an edit of
     * its contents, so {@code lastEditedAt} stays as it was.
     */
    static Project withStatus(Project p, ProjectStatus status) {
        return new Project(p.id(), p.title(), p.description(), p.type(), p.creator(), p.owner(), status,
                p.categories(), p.reviews(), p.analytics(), p.lastEditedAt(), p.lastPublishedAt(), p.createdAt(),
                p.archivedAt(), p.trashedAt(), p.schedules(), p.sharing());
    }
}
