package dev.hexgate.emulator.collections;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the seed adds to the workspace's collections ({@code fixtures/collections.json}): who created each one and
 * who it is shared with. Users and groups are named by id, as on the wire; the store checks every reference.
 */
record CollectionsFixture(List<Seeded> collections) {

    static final String RESOURCE = "fixtures/collections.json";

    // Strict on purpose: a typo in the fixture should fail at startup, not silently drop a field.
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    CollectionsFixture {
        collections = List.copyOf(collections);
    }

    /** {@code creator} is the creator's email. */
    record Seeded(UUID id, String creator, CollectionSharing sharing) {
    }

    static CollectionsFixture read(InputStream json) {
        return READER.readValue(json, CollectionsFixture.class);
    }

    static CollectionsFixture load() {
        try (InputStream in = CollectionsFixture.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Collections fixture not found on classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read collections fixture", e);
        }
    }
}
