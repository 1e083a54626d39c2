package dev.hexgate.emulator.dataconnections;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The type-specific settings of a connection, split into what may be served ({@link #readable()}) and what is
 * write-only ({@code secrets}). Only {@link #wire()} is ever serialized, and it holds readable fields only, so a
 * secret cannot leak into a response by accident. Values are kept as JSON so numbers and nulls come back exactly
 * as they were sent.
 */
public final class ConnectionDetails {

    private final ConnectionType type;
    private final Map<String, JsonNode> readable;
    private final Map<String, JsonNode> secrets;

    private ConnectionDetails(ConnectionType type, Map<String, JsonNode> readable, Map<String, JsonNode> secrets) {
        this.type = Objects.requireNonNull(type, "type");
        this.readable = Collections.unmodifiableMap(new LinkedHashMap<>(readable));
        this.secrets = Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
    }

    public static ConnectionDetails empty(ConnectionType type) {
        return new ConnectionDetails(type, Map.of(), Map.of());
    }

    public ConnectionType type() {
        return type;
    }

    /** Readable fields in the type's display order. */
    public Map<String, JsonNode> readable() {
        return readable;
    }

    /** Whether a write-only field holds exactly {@code value} (for tests and the control plane, never the API). */
    public boolean hasSecret(String field, String value) {
        JsonNode stored = secrets.get(field);
        return stored != null && stored.isString() && stored.asString().equals(value);
    }

    /** Hex's {@code connectionDetails} shape, {@code {"<type>": {readable fields}}}. */
    public Map<String, Map<String, JsonNode>> wire() {
        return Map.of(type.wireName(), readable);
    }

    /**
     * These details with the given fields ({@code {"password": ..., "port": ...}}) set. Fields the type does not
     * know are ignored (Hex's request shapes do not forbid extra fields).
     */
    public ConnectionDetails with(JsonNode fields, boolean strict) {
        Map<String, JsonNode> newReadable = new LinkedHashMap<>(readable);
        Map<String, JsonNode> newSecrets = new LinkedHashMap<>(secrets);
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            String name = field.getKey();
            if (type.readableFields().contains(name)) {
                newReadable.put(name, field.getValue().deepCopy());
            } else if (type.secretFields().contains(name)) {
                newSecrets.put(name, field.getValue().deepCopy());
            } else if (strict) {
                throw new IllegalArgumentException(type.wireName() + " connections have no field '" + name + "'");
            }
        }
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        type.readableFields().stream().filter(newReadable::containsKey).forEach(f -> ordered.put(f, newReadable.get(f)));
        return new ConnectionDetails(type, ordered, newSecrets);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionDetails other && type == other.type && readable.equals(other.readable)
                && secrets.equals(other.secrets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, readable, secrets);
    }

    /** Names the readable fields only: secrets must not reach logs either. */
    @Override
    public String toString() {
        return "ConnectionDetails[" + type.wireName() + " " + readable + ", secrets " + secrets.keySet() + "]";
    }
}
