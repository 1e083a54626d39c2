package dev.hexgate.emulator.threads;

import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.workspace.Access;
import dev.hexgate.emulator.workspace.Analytics;
import dev.hexgate.emulator.workspace.EmailRef;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.ProjectType;
import dev.hexgate.emulator.workspace.Reviews;
import dev.hexgate.emulator.workspace.Sharing;
import dev.hexgate.emulator.workspace.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Projects a thread works in: an existing one, or a fresh draft created for it ({@code newProject: true}). */
@Component
public class ThreadProjects {

    private final ProjectStore projects;

    public ThreadProjects(ProjectStore projects) {
        this.projects = projects;
    }

    public Optional<Project> existing(UUID id) {
        return projects.find(id);
    }

    /** A new, unpublished, unshared project owned by the thread's user, titled after the thread. */
    public Project create(User owner, String threadTitle, Instant now) {
        EmailRef email = new EmailRef(owner.email());
        Sharing sharing = new Sharing(List.of(new Sharing.UserGrant(email, Access.FULL_ACCESS)), List.of(), List.of(),
                new Sharing.AccessGrant(Access.NONE), new Sharing.AccessGrant(Access.NONE),
                new Sharing.AccessGrant(Access.NONE));
        Project project = new Project(UUID.randomUUID(), threadTitle, null, ProjectType.PROJECT, email, email, null,
                List.of(), new Reviews(false), new Analytics(new Analytics.AppViews(0, 0, 0, 0), null, null), now,
                null, now, null, null, List.of(), sharing);
        return projects.add(project);
    }
}
