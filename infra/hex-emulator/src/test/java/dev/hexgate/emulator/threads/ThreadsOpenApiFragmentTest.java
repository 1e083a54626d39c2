package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks {@code openapi/threads.yaml} both ways: requests it must reject or accept, and that what the threads
 * routes actually answer conforms to the responses it describes. The base description is stubbed here with the
 * two shared schemas the fragment refers to ({@code ApiError}, {@code Pagination}).
 */
class ThreadsOpenApiFragmentTest extends ThreadsHttpTest {

    private static OpenApiInteractionValidator validator;

    @BeforeAll
    static void loadFragment() throws IOException {
        Map<String, Object> fragment;
        try (InputStream in = ThreadsOpenApiFragmentTest.class.getClassLoader()
                .getResourceAsStream("openapi/threads.yaml")) {
            fragment = new Yaml().load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = new LinkedHashMap<>(
                (Map<String, Object>) ((Map<String, Object>) fragment.get("components")).get("schemas"));
        schemas.put("ApiError", Map.of("type", "object", "required", List.of("code", "message", "issues"),
                "properties", Map.of("code", Map.of("type", "string"), "message", Map.of("type", "string"),
                        "issues", Map.of("type", "array", "items", Map.of("type", "object",
                                "properties", Map.of("message", Map.of("type", "string")))))));
        schemas.put("Pagination", Map.of("type", "object", "required", List.of("after", "before"),
                "properties", Map.of("after", Map.of("type", "string", "nullable", true),
                        "before", Map.of("type", "string", "nullable", true))));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("openapi", "3.0.3");
        spec.put("info", Map.of("title", "threads fragment", "version", "1"));
        spec.put("servers", List.of(Map.of("url", "/api")));
        spec.put("paths", fragment.get("paths"));
        spec.put("components", Map.of("schemas", schemas));
        validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(JsonMapper.builder().build().writeValueAsString(spec))
                .build();
    }

    @Test
    void rejectsWhatHexWouldReject() {
        assertInvalid(postRequest(THREADS, "{\"muted\":true}"));
        assertInvalid(postRequest(THREADS, "{\"prompt\":\"\"}"));
        assertInvalid(postRequest(THREADS, "{\"prompt\":1}"));
        assertInvalid(postRequest(THREADS + "/x/followup", "{}"));
        assertInvalid(getRequest(THREADS + "/x/messages", "limit", "0"));
        assertInvalid(getRequest(THREADS + "/x/messages", "limit", "51"));
        assertInvalid(getRequest(THREADS, "limit", "101"));
        assertInvalid(getRequest(THREADS, "source", "EMAIL"));
        assertInvalid(getRequest(THREADS, "numDays", "0"));
        assertInvalid(getRequest(THREADS, "roles", "ADMIN,KING"));
        assertInvalid(getRequest(THREADS, "warnings", "LOUD"));
    }

    @Test
    void acceptsWhatHexAccepts() {
        assertValid(postRequest(THREADS, "{\"prompt\":\"hi\",\"attachments\":{\"tableIds\":[\"t\"]},\"projectId\":null,"
                + "\"muted\":true}"));
        assertValid(postRequest(THREADS + "/x/followup", "{\"prompt\":\"more\"}"));
        assertValid(getRequest(THREADS + "/x/messages", "limit", "50", "before", "abc"));
        assertValid(getRequest(THREADS, "limit", "100", "source", "MCP", "type", "THREADS", "numDays", "7",
                "hasFeedback", "false", "roles", "ADMIN, MANAGER", "warnings", "OTHER,USER_DOUBT", "topicIds", "a,b"));
        assertValid(getRequest(THREADS + "/x"));
    }

    @Test
    void everyAnswerOfTheRoutesConforms() {
        String admin = workspace.workspaceToken().token();
        String priya = tokenOf(PRIYA);

        threadsRunFor(Duration.ofMinutes(10));
        EntityExchangeResult<String> created = exchange(postAs(priya, THREADS, toJson(Map.of("prompt", SIMPLE_SQL))));
        conforms("POST", THREADS, created);
        String running = createThread(priya, "How many customers do we have?");
        conforms("GET", THREADS + "/" + running, exchange(getAs(priya, THREADS + "/" + running)));
        conforms("POST", THREADS + "/" + running + "/followup",
                exchange(postAs(priya, THREADS + "/" + running + "/followup", "{\"prompt\":\"more\"}")));

        threadsRunFor(Duration.ZERO);
        String idle = createThread(priya, SIMPLE_SQL);
        awaitFinished(priya, idle);
        String failed = createThread(priya, "[emulator:error NO_DATA]");
        awaitFinished(priya, failed);
        for (String id : List.of(idle, failed)) {
            conforms("GET", THREADS + "/" + id, exchange(getAs(priya, THREADS + "/" + id)));
            conforms("GET", THREADS + "/" + id + "/messages", exchange(getAs(priya, THREADS + "/" + id + "/messages")));
        }
        conforms("POST", THREADS + "/" + idle + "/followup",
                exchange(postAs(priya, THREADS + "/" + idle + "/followup", "{\"prompt\":\"more\"}")));
        conforms("GET", THREADS + "/" + idle + "/messages",
                exchange(getAs(priya, THREADS + "/" + idle + "/messages", "after", "bogus")));
        String unknown = THREADS + "/00000000-0000-4000-8000-000000000000";
        conforms("GET", unknown, exchange(getAs(priya, unknown)));
        conforms("POST", unknown + "/followup", exchange(postAs(priya, unknown + "/followup", "{\"prompt\":\"x\"}")));
        conforms("GET", THREADS, exchange(getAs(admin, THREADS, "limit", "2")));
        conforms("GET", THREADS, exchange(getAs(tokenOf(KENJI), THREADS)));
    }

    @Test
    void responseChecksCatchAWrongShape() {
        SimpleResponse missingFields = SimpleResponse.Builder.ok().withContentType("application/json")
                .withBody("{\"threadId\":\"x\",\"status\":\"DONE\"}").build();

        assertThat(validator.validateResponse(THREADS + "/x", Request.Method.GET, missingFields).hasErrors()).isTrue();
    }

    private static EntityExchangeResult<String> exchange(WebTestClient.ResponseSpec response) {
        return response.expectBody(String.class).returnResult();
    }

    private static void conforms(String method, String path, EntityExchangeResult<String> result) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(result.getStatus().value())
                .withBody(result.getResponseBody() == null ? "" : result.getResponseBody());
        String contentType = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        assertThat(report.hasErrors()).as("%s %s -> %s %s: %s", method, path, result.getStatus(),
                result.getResponseBody(), report).isFalse();
    }

    private static Request postRequest(String path, String body) {
        return SimpleRequest.Builder.post(path).withContentType("application/json")
                .withBody(body, StandardCharsets.UTF_8).build();
    }

    private static Request getRequest(String path, String... params) {
        SimpleRequest.Builder request = SimpleRequest.Builder.get(path);
        Map<String, String> query = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            query.put(params[i], params[i + 1]);
        }
        query.forEach(request::withQueryParam);
        return request.build();
    }

    private static void assertInvalid(Request request) {
        assertThat(validator.validateRequest(request).hasErrors()).as("%s %s %s", request.getMethod(),
                request.getPath(), request.getQueryParameters()).isTrue();
    }

    private static void assertValid(Request request) {
        ValidationReport report = validator.validateRequest(request);
        assertThat(report.hasErrors()).as("%s %s: %s", request.getMethod(), request.getPath(), report).isFalse();
    }
}
