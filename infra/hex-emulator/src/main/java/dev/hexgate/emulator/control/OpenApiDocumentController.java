package dev.hexgate.emulator.control;

import dev.hexgate.emulator.openapi.OpenApiDescription;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /_emulator/openapi.json}: the emulator's own merged OpenAPI description — exactly what requests are
 * validated against — for tooling and for checking which operations this build emulates.
 */
@RestController
@ControlPlaneEndpoint
@ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")
class OpenApiDocumentController {

    private final OpenApiDescription description;

    OpenApiDocumentController(OpenApiDescription description) {
        this.description = description;
    }

    @GetMapping("/_emulator/openapi.json")
    ResponseEntity<String> document() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(description.document());
    }
}
