package dev.hexgate.emulator.cells;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-disk shape of the seeded cells ({@code fixtures/cells.json}): per project, its cells in draft order. A
 * section ({@code COLLAPSIBLE}) lists its child cells under {@code children}; everything else has the fields Hex
 * serves (minus {@code projectId}, which the enclosing entry gives). {@link CellStore} cross-checks it against
 * the workspace at startup.
 */
public record CellFixture(@JsonProperty(required = true) List<ProjectCells> projects) {

    public static final String DEFAULT_RESOURCE = "fixtures/cells.json";

    // Strict on purpose: a typo in the fixture should fail at startup, not silently drop a field.
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public CellFixture {
        projects = List.copyOf(projects);
    }

    public record ProjectCells(
            @JsonProperty(required = true) UUID projectId,
            @JsonProperty(required = true) List<SeedCell> cells) {

        public ProjectCells {
            cells = List.copyOf(cells);
        }
    }

    /** One cell; {@code label} and {@code dataConnectionId} must be present even when null, as in Hex's shape. */
    public record SeedCell(
            @JsonProperty(required = true) UUID id,
            @JsonProperty(required = true) UUID staticId,
            @JsonProperty(required = true) CellType cellType,
            @JsonProperty(required = true) String label,
            @JsonProperty(required = true) UUID dataConnectionId,
            @JsonProperty(required = true) CellContents contents,
            List<SeedCell> children) {

        public SeedCell {
            children = children == null ? List.of() : List.copyOf(children);
        }

        Cell toCell(UUID projectId) {
            return new Cell(id, staticId, cellType, label, dataConnectionId, contents, projectId);
        }
    }

    public static CellFixture read(InputStream json) {
        return READER.readValue(json, CellFixture.class);
    }

    public static CellFixture readClasspath(String resource) {
        try (InputStream in = CellFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cell fixture not found on classpath: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read cell fixture " + resource, e);
        }
    }
}
