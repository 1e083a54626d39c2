package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.collections.CollectionStore;
import dev.hexgate.emulator.collections.StoredCollection;
import dev.hexgate.emulator.workspace.Category;
import dev.hexgate.emulator.workspace.Project;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/** Parsed ListProjects parameters; see the module README for the semantics chosen where Hex is silent. */
record ListProjectsQuery(
        boolean includeArchived,
        boolean includeComponents,
        boolean includeTrashed,
        boolean includeSharing,
        List<String> statuses,
        List<String> categories,
        Optional<String> creatorEmail,
        Optional<String> ownerEmail,
        Optional<String> collectionId,
        int limit,
        ProjectOrder order,
        Optional<PageCursor> after,
        Optional<PageCursor> before) {

    static final int DEFAULT_LIMIT = 25;

    static ListProjectsQuery parse(MultiValueMap<String, String> raw) {
        QueryParams params = new QueryParams(raw);
        ProjectOrder order = new ProjectOrder(
                params.enumValue("sortBy", SortBy.class, ProjectOrder.DEFAULT.sortBy()),
                params.enumValue("sortDirection", SortDirection.class, ProjectOrder.DEFAULT.direction()));
        Optional<String> after = params.string("after");
        Optional<String> before = params.string("before");
        if (after.isPresent() && before.isPresent()) {
            throw new InvalidParameterException("Only one of after and before may be given");
        }
        return new ListProjectsQuery(
                params.bool("includeArchived", false),
                params.bool("includeComponents", false),
                params.bool("includeTrashed", false),
                params.bool("includeSharing", false),
                params.list("statuses"),
                params.list("categories"),
                params.string("creatorEmail"),
                params.string("ownerEmail"),
                params.string("collectionId"),
                params.integer("limit", DEFAULT_LIMIT),
                order,
                after.map(v -> PageCursor.decode("after", v, order)),
                before.map(v -> PageCursor.decode("before", v, order)));
    }

    boolean matches(Project project, CollectionStore collections) {
        return (includeArchived || !project.isArchived())
                && (includeTrashed || !project.isTrashed())
                && (includeComponents || !project.isComponent())
                && (statuses.isEmpty() || (project.status() != null && statuses.contains(project.status().name())))
                && (categories.isEmpty() || project.categories().stream().map(Category::name).anyMatch(categories::contains))
                && creatorEmail.map(e -> e.equalsIgnoreCase(project.creator().email())).orElse(true)
                && ownerEmail.map(e -> e.equalsIgnoreCase(project.owner().email())).orElse(true)
                && collectionId.map(id -> inCollection(project, id, collections)).orElse(true);
    }

    /**
     * Membership is "shared with the collection"; an unknown id simply matches nothing. Collections are looked up
     * in the store because clients create and rename them at runtime.
     */
    private static boolean inCollection(Project project, String collectionId, CollectionStore collections) {
        Optional<String> name = collections.all().stream()
                .filter(c -> c.id().toString().equalsIgnoreCase(collectionId))
                .map(StoredCollection::name)
                .findFirst();
        return name.isPresent() && project.sharing().collections().stream()
                .anyMatch(grant -> grant.collection().name().equals(name.get()));
    }
}
