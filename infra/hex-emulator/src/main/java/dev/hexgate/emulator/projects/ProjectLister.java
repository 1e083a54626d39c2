package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.collections.CollectionStore;
import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.workspace.Project;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Filters, orders and pages projects for ListProjects.
 *
 * <p>{@code after=c} returns the {@code limit} projects strictly after position {@code c}; {@code before=c} the
 * {@code limit} projects immediately before it. The page's {@code after} cursor points at its last project and
 * is null when nothing follows; {@code before} points at its first project and is null when nothing precedes.
 * Paging forward and then back therefore lands on the same pages.
 */
@Component
class ProjectLister {

    private final ProjectStore projects;
    private final CollectionStore collections;

    ProjectLister(ProjectStore projects, CollectionStore collections) {
        this.projects = projects;
        this.collections = collections;
    }

    ProjectPage list(ListProjectsQuery query) {
        ProjectOrder order = query.order();
        List<Project> matching = projects.all().stream()
                .filter(p -> query.matches(p, collections))
                .sorted(order.projects())
                .toList();

        int from;
        int to;
        if (query.after().isPresent()) {
            from = countUpTo(matching, query.after().get(), true);
            to = Math.min(from + query.limit(), matching.size());
        } else if (query.before().isPresent()) {
            to = countUpTo(matching, query.before().get(), false);
            from = Math.max(0, to - query.limit());
        } else {
            from = 0;
            to = Math.min(query.limit(), matching.size());
        }

        List<Project> page = matching.subList(from, to);
        String after = !page.isEmpty() && to < matching.size() ? cursorAt(order, page.get(page.size() - 1)) : null;
        String before = !page.isEmpty() && from > 0 ? cursorAt(order, page.get(0)) : null;
        List<Project> values = query.includeSharing() ? page : page.stream().map(Project::withoutSharing).toList();
        return new ProjectPage(values, new ProjectPage.Pagination(after, before));
    }

    /** Number of leading projects before the cursor ({@code inclusive}: also those equal to it). */
    private static int countUpTo(List<Project> sorted, PageCursor cursor, boolean inclusive) {
        Comparator<ProjectOrder.Position> positions = cursor.order().positions();
        int count = 0;
        for (Project p : sorted) {
            int cmp = positions.compare(cursor.order().positionOf(p), cursor.position());
            if (cmp > 0 || (cmp == 0 && !inclusive)) {
                break;
            }
            count++;
        }
        return count;
    }

    private static String cursorAt(ProjectOrder order, Project project) {
        return new PageCursor(order, order.positionOf(project)).encode();
    }
}
