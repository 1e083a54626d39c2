package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.web.HexApiError;
import dev.hexgate.emulator.state.ProjectStore;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/projects/{projectId}} (GetProject). Errors use Hex's newer code/message/issues shape.
 * Archived and trashed projects are still returned (with {@code archivedAt}/{@code trashedAt} set): the id is
 * known to the caller, and only the list hides them.
 */
@RestController
class GetProjectController {

    private final ProjectStore projects;

    GetProjectController(ProjectStore projects) {
        this.projects = projects;
    }

    @GetMapping("/api/v1/projects/{projectId}")
    ResponseEntity<?> getProject(@PathVariable String projectId, @RequestParam MultiValueMap<String, String> params) {
        boolean includeSharing = new QueryParams(params).bool("includeSharing", false);
        // The id's format was checked against the OpenAPI description before this route ran.
        return projects.find(UUID.fromString(projectId))
                .<ResponseEntity<?>>map(p -> ResponseEntity.ok(includeSharing ? p : p.withoutSharing()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(HexApiError.notFound()));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<HexApiError> invalidParameter(InvalidParameterException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(HexApiError.badRequest(e.getMessage()));
    }
}
