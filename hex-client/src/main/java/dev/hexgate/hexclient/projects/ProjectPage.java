package dev.hexgate.hexclient.projects;

import java.util.List;

/** One page of {@code GET /v1/projects}. {@code pagination.after} is null on the last page. */
public record ProjectPage(List<Project> values, Pagination pagination) {
}
