package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.workspace.Project;
import java.util.List;

/** ListProjects response; both pagination keys are always present, null at the ends of the list. */
public record ProjectPage(List<Project> values, Pagination pagination) {

    public ProjectPage {
        values = List.copyOf(values);
    }

    public record Pagination(String after, String before) {
    }
}
