package dev.hexgate.emulator.control;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.convert.DurationStyle;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON for the control plane's own settings documents (timing, rate limits, fault rules). Strict on input — unknown
 * fields, wrong types, numbers as strings and trailing garbage are errors, answered 400 with a message naming the
 * field — because a silently ignored typo in a test's setup makes the test pass for the wrong reason.
 *
 * <p>Durations are strings in the format the emulator's yml settings accept: Spring's simple style with a unit
 * ({@code "500ms"}, {@code "2s"}, {@code "1m"}) or ISO-8601 ({@code "PT0.5S"}). A bare number is rejected, since
 * its unit would be a guess. Durations are written back as {@code "1500ms"} or, when whole seconds, {@code "2s"}.
 */
public final class ControlPlaneJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .addModule(new SimpleModule("control-plane-durations")
                    .addSerializer(Duration.class, new DurationSerializer())
                    .addDeserializer(Duration.class, new DurationDeserializer()))
            .build();

    private ControlPlaneJson() {
    }

    /** Reads {@code body} (a JSON object) as {@code type}. */
    public static <T> T read(String body, Class<T> type) {
        return convert(() -> MAPPER.treeToValue(object(body), type));
    }

    /**
     * Overlays the fields of {@code body} on {@code current}: fields the body omits keep their current value, so a
     * caller can change one setting without restating the others.
     */
    public static <T> T merge(T current, String body, Class<T> type) {
        ObjectNode merged = MAPPER.valueToTree(current);
        merged.setAll(object(body));
        return convert(() -> MAPPER.treeToValue(merged, type));
    }

    /** {@code value} as a JSON tree, durations formatted as described above. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Parses a duration string as described above. */
    public static Duration parseDuration(String text) {
        String trimmed = text.trim();
        if (trimmed.matches("[+-]?\\d+")) {
            throw new IllegalArgumentException("'" + text + "' needs a unit, e.g. \"" + trimmed + "ms\" or \""
                    + trimmed + "s\"");
        }
        try {
            return DurationStyle.detectAndParse(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; use e.g. \"500ms\", \"2s\", \"1m\" "
                    + "or ISO-8601 \"PT0.5S\"");
        }
    }

    public static String formatDuration(Duration duration) {
        if (duration.getNano() == 0) {
            return duration.getSeconds() + "s";
        }
        if (duration.getNano() % 1_000_000 == 0) {
            return duration.toMillis() + "ms";
        }
        return duration.toString();
    }

    private static ObjectNode object(String body) {
        if (body == null || body.isBlank()) {
            throw new ControlPlaneInputException("The request needs a JSON object body");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new ControlPlaneInputException("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode)) {
            throw new ControlPlaneInputException("The body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private interface Conversion<T> {
        T run();
    }

    private static <T> T convert(Conversion<T> conversion) {
        try {
            return conversion.run();
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            throw new ControlPlaneInputException("Unknown field '" + e.getPropertyName() + "'; known fields: "
                    + String.join(", ", known));
        } catch (ValueInstantiationException e) {
            // A record's constructor rejected the values; its message already says which field and why.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ControlPlaneInputException(cause.getMessage());
        } catch (JacksonException e) {
            String message;
            if (e.getCause() instanceof IllegalArgumentException) {
                message = e.getCause().getMessage();
            } else if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
                message = "must be " + expected(((MismatchedInputException) e).getTargetType());
            } else {
                message = e.getOriginalMessage();
            }
            String field = path(e);
            throw new ControlPlaneInputException(field.isEmpty() ? message : field + ": " + message);
        }
    }

    /** What a value of {@code type} looks like in JSON, for error messages. */
    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a " + type.getSimpleName();
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static final class DurationSerializer extends StdSerializer<Duration> {
        DurationSerializer() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(formatDuration(value));
        }
    }

    private static final class DurationDeserializer extends StdDeserializer<Duration> {
        DurationDeserializer() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
            // Thrown as plain IllegalArgumentExceptions: Jackson wraps them with the field's path, and
            // convert(...) answers with their message, which says what to send instead.
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new IllegalArgumentException("a duration must be a string such as \"500ms\" or \"2s\"");
            }
            return parseDuration(p.getString());
        }
    }
}
