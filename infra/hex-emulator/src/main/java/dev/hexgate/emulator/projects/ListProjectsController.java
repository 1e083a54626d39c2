package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.web.TraceIdFilter;
import dev.hexgate.emulator.web.TsoaError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** {@code GET /api/v1/projects} (ListProjects). Errors use the tsoa shape, as Hex declares for this route. */
@RestController
class ListProjectsController {

    private final ProjectLister lister;

    ListProjectsController(ProjectLister lister) {
        this.lister = lister;
    }

    @GetMapping("/api/v1/projects")
    ProjectPage listProjects(@RequestParam MultiValueMap<String, String> params) {
        return lister.list(ListProjectsQuery.parse(params));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<TsoaError> invalidParameter(InvalidParameterException e, ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(TsoaError.of(e.getMessage(), TraceIdFilter.traceId(exchange)));
    }
}
