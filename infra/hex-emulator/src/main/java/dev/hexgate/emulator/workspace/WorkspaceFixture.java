package dev.hexgate.emulator.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-disk shape of a seeded workspace ({@code fixtures/workspace.json}). Projects are stored exactly as the
 * API serves them (with sharing), so the fixture doubles as readable documentation of the wire format.
 */
public record WorkspaceFixture(
        Org org,
        List<User> users,
        List<Group> groups,
        List<HexCollection> collections,
        List<ProjectStatus> statuses,
        List<Category> categories,
        List<Project> projects,
        List<ApiToken> tokens) {

    /** Classpath location of the default seed. */
    public static final String DEFAULT_RESOURCE = "fixtures/workspace.json";

    // Strict on purpose: a typo in the fixture should fail at startup, not silently drop a field.
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    public WorkspaceFixture {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
        collections = List.copyOf(collections);
        statuses = List.copyOf(statuses);
        categories = List.copyOf(categories);
        projects = List.copyOf(projects);
        tokens = List.copyOf(tokens);
    }

    public static WorkspaceFixture read(InputStream json) {
        return READER.readValue(json, WorkspaceFixture.class);
    }

    public static WorkspaceFixture readClasspath(String resource) {
        ClassLoader loader = WorkspaceFixture.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Workspace fixture not found on classpath: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read workspace fixture " + resource, e);
        }
    }
}
