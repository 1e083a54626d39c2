package dev.hexgate.emulator.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The emulator's own OpenAPI description of the Hex API, assembled from {@code openapi/hex-emulator.yaml} plus one
 * fragment per feature ({@code openapi/*.yaml}). Fragments contribute {@code paths} (merged per HTTP method) and
 * {@code components.schemas}; a method or schema defined twice fails startup, so two features can never silently
 * override each other.
 */
public final class OpenApiDescription {

    static final String BASE = "openapi/hex-emulator.yaml";
    static final String FRAGMENTS = "classpath*:openapi/*.yaml";

    private final String document;
    private final OpenAPI api;
    private final ApiOperationResolver resolver;
    private final OpenApiInteractionValidator validator;

    private OpenApiDescription(String document) {
        this.document = document;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        if (parsed.getOpenAPI() == null || (parsed.getMessages() != null && !parsed.getMessages().isEmpty())) {
            throw new IllegalStateException("The emulator's OpenAPI description is invalid: " + parsed.getMessages());
        }
        this.api = parsed.getOpenAPI();
        this.resolver = new ApiOperationResolver(api, null, false);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                // Authentication is the edge filter's job (plain-text 401), not the description's.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** Loads the base document and every fragment on the classpath. */
    public static OpenApiDescription load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Object> merged = read(yaml, new PathMatchingResourcePatternResolver().getResource("classpath:" + BASE));
        List<Resource> fragments = new ArrayList<>(Arrays.asList(resources()));
        fragments.removeIf(r -> BASE.endsWith(String.valueOf(r.getFilename())));
        fragments.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
        for (Resource fragment : fragments) {
            merge(merged, read(yaml, fragment), fragment.getFilename());
        }
        try {
            return new OpenApiDescription(new ObjectMapper().writeValueAsString(merged));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The merged description as JSON (served at {@code /_emulator/openapi.json} for tooling). */
    public String document() {
        return document;
    }

    public OpenAPI api() {
        return api;
    }

    public OpenApiInteractionValidator validator() {
        return validator;
    }

    /** The operation serving {@code method path} (path including {@code /api}), if the description has one. */
    public Optional<EmulatedOperation> operation(String method, String path) {
        Request.Method m;
        try {
            m = Request.Method.valueOf(method);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        ApiOperationMatch match = resolver.findApiOperation(path, m);
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            return Optional.empty();
        }
        Operation operation = match.getApiOperation().getOperation();
        return Optional.of(EmulatedOperation.of(operation.getOperationId(), operation.getExtensions()));
    }

    /** Every operation id the emulator serves, in document order. */
    public List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> ids.add(op.getOperationId())));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> fragment, String name) {
        Map<String, Object> paths = child(into, "paths");
        Map<String, Object> fragmentPaths = (Map<String, Object>) fragment.getOrDefault("paths", Map.of());
        fragmentPaths.forEach((path, item) -> {
            Map<String, Object> existing = (Map<String, Object>) paths.computeIfAbsent(path, k -> new LinkedHashMap<>());
            ((Map<String, Object>) item).forEach((method, op) -> putOnce(existing, method, op, name + " " + path));
        });
        Map<String, Object> components = (Map<String, Object>) fragment.getOrDefault("components", Map.of());
        Map<String, Object> schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
        Map<String, Object> target = child(child(into, "components"), "schemas");
        schemas.forEach((schema, body) -> putOnce(target, schema, body, name + " schema"));
    }

    private static void putOnce(Map<String, Object> map, String key, Object value, String where) {
        if (map.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("OpenAPI fragment " + where + " redefines '" + key + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Map)) {
            value = new LinkedHashMap<String, Object>();
            map.put(key, value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(ObjectMapper yaml, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> map = yaml.readValue(in, LinkedHashMap.class);
            return map == null ? new LinkedHashMap<>() : map;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read OpenAPI fragment " + resource.getFilename(), e);
        }
    }

    private static Resource[] resources() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(FRAGMENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
