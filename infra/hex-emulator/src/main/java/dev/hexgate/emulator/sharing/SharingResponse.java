package dev.hexgate.emulator.sharing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hexgate.emulator.workspace.Project;
import java.util.List;

/** The answer of every sharing route: the project with its sharing, plus {@code errors} only when some failed. */
record SharingResponse(Project project, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Object> errors) {

    SharingResponse {
        errors = List.copyOf(errors);
    }
}
