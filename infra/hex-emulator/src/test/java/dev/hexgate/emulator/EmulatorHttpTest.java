package dev.hexgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.Workspace;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Base for tests that talk to a real emulator over HTTP (random port). All subclasses share one Spring context
 * with the control plane switched on.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=hex-emulator", "hexgate.emulator.control-plane-enabled=true",
                // Tests share one context and one workspace token; rate-limit tests switch limits on at runtime.
                "hexgate.emulator.rate-limits.enabled=false"})
@AutoConfigureWebTestClient
public abstract class EmulatorHttpTest {

    protected static final String PROJECTS = "/api/v1/projects";

    @Autowired
    protected WebTestClient client;

    @Autowired
    protected Workspace workspace;

    /** GET with the seeded workspace token; {@code params} are alternating names and raw (unencoded) values. */
    protected WebTestClient.ResponseSpec get(String path, String... params) {
        return client.get().uri(uri(path, params))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + workspace.workspaceToken().token())
                .exchange();
    }

    /** GET that must answer 200; returns the parsed body. */
    protected JsonNode getOk(String path, String... params) {
        JsonNode body = get(path, params).expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(body).as("body of %s", path).isNotNull();
        return body;
    }

    /** Builds the URI with every value passed as a template variable, so spaces, commas etc. are encoded. */
    protected static Function<UriBuilder, URI> uri(String path, String... params) {
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("params must be name/value pairs");
        }
        return builder -> {
            builder.path(path);
            Map<String, String> vars = new HashMap<>();
            for (int i = 0; i < params.length; i += 2) {
                builder.queryParam(params[i], "{p" + i + "}");
                vars.put("p" + i, params[i + 1]);
            }
            return builder.build(vars);
        };
    }

    protected static List<JsonNode> values(JsonNode page) {
        List<JsonNode> values = new ArrayList<>();
        page.get("values").forEach(values::add);
        return values;
    }

    protected static List<String> ids(JsonNode page) {
        return values(page).stream().map(p -> p.get("id").asString()).toList();
    }

    protected static List<String> titles(JsonNode page) {
        return values(page).stream().map(p -> p.get("title").asString()).toList();
    }

    /** What ListProjects shows with no include* flags: live, non-component projects. */
    protected List<Project> visibleByDefault() {
        return workspace.projects().stream()
                .filter(p -> !p.isArchived() && !p.isTrashed() && !p.isComponent())
                .toList();
    }

    protected static List<String> titlesOf(List<Project> projects) {
        return projects.stream().map(Project::title).toList();
    }
}
