package dev.hexgate.hexclient.projects;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The parameters of {@code GET /v1/projects}. Null means "not sent", so Hex applies its own default: Hex rejects
 * explicit nulls on several routes, and its defaults may change.
 */
public record ListProjectsQuery(
        Integer limit,
        String after,
        String before,
        Boolean includeArchived,
        Boolean includeComponents,
        Boolean includeTrashed,
        Boolean includeSharing,
        List<String> statuses,
        List<String> categories,
        String creatorEmail,
        String ownerEmail,
        String collectionId,
        String sortBy,
        String sortDirection) {

    public static ListProjectsQuery firstPage(int limit) {
        return new ListProjectsQuery(limit, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** Calls {@code param} once per value to send; list parameters repeat, as Hex's form/explode style expects. */
    public void forEachParameter(BiConsumer<String, Object> param) {
        Map<String, Object> single = new java.util.LinkedHashMap<>();
        single.put("limit", limit);
        single.put("after", after);
        single.put("before", before);
        single.put("includeArchived", includeArchived);
        single.put("includeComponents", includeComponents);
        single.put("includeTrashed", includeTrashed);
        single.put("includeSharing", includeSharing);
        single.put("creatorEmail", creatorEmail);
        single.put("ownerEmail", ownerEmail);
        single.put("collectionId", collectionId);
        single.put("sortBy", sortBy);
        single.put("sortDirection", sortDirection);
        single.forEach((name, value) -> {
            if (value != null) {
                param.accept(name, value);
            }
        });
        if (statuses != null) {
            statuses.forEach(s -> param.accept("statuses", s));
        }
        if (categories != null) {
            categories.forEach(c -> param.accept("categories", c));
        }
    }
}
