package dev.hexgate.emulator.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hex's official OpenAPI file, read from the shared reference folder next to the repository (never copied into
 * it: the file is not licensed for redistribution). Absent on machines without that folder, in which case the
 * contract test is skipped; CI has it.
 */
final class OfficialHexSpec {

    /** Overridable with {@code -Dhexgate.hex.openapi=...}; the default is relative to the repository root. */
    static final String LOCATION_PROPERTY = "hexgate.hex.openapi";

    private final OpenApiInteractionValidator validator;

    private OfficialHexSpec(String json) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .withLevelResolver(LevelResolver.create()
                        // Samples send invalid requests on purpose; only the emulator's answers are under test.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        // Hex answers some statuses its file does not declare (e.g. 429, 404 on some routes);
                        // those cannot be checked against it and are listed by the test instead.
                        .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    static Optional<OfficialHexSpec> locate() {
        Path path = Path.of(System.getProperty(LOCATION_PROPERTY, defaultLocation().toString()));
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OfficialHexSpec(NullableRefs.inline(Files.readString(path))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <repo>/../shared/reference/openapi.json}, found by walking up from the module directory. */
    private static Path defaultLocation() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/reference/openapi.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return dir.resolve("shared/reference/openapi.json");
    }

    ValidationReport validate(RecordedExchange exchange, String officialPath) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status());
        if (exchange.contentType() != null) {
            response.withContentType(exchange.contentType());
        }
        if (!exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        return validator.validateResponse(officialPath, Request.Method.valueOf(exchange.method().name()),
                response.build());
    }
}
