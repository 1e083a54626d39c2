package dev.hexgate.gateway.tools;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Checks tool arguments against the tool's input schema with networknt's JSON Schema validator (the library the
 * MCP SDK uses), and words the first problem so that it names the argument: a model fixes its call from it.
 */
public final class ArgumentValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Schema schema;

    public ArgumentValidator(JsonNode inputSchema) {
        this.schema = REGISTRY.getSchema(inputSchema);
    }

    public Optional<String> problem(JsonNode arguments) {
        List<Error> errors = schema.validate(arguments);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(describe(errors.get(0)));
    }

    private static String describe(Error error) {
        String argument = argumentName(error);
        String message = error.getMessage();
        // networknt prefixes the instance location ("$.limit: ..."); the argument name says it better.
        int colon = message.indexOf(": ");
        if (message.startsWith("$") && colon > 0) {
            message = message.substring(colon + 2);
        }
        return argument == null ? message : "argument '" + argument + "': " + message;
    }

    private static String argumentName(Error error) {
        // Inside an argument (e.g. a missing field of one of its objects) the argument is the one to name.
        String enclosing = enclosingArgument(error);
        if (enclosing != null) {
            return enclosing;
        }
        if (("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()))
                && error.getProperty() != null) {
            return error.getProperty();
        }
        return null;
    }

    private static String enclosingArgument(Error error) {
        // The instance location is a JSON Pointer ("/limit", "/statuses/0") or a path ("$.limit", "$.statuses[0]").
        String location = error.getInstanceLocation().toString();
        String rest = location.startsWith("$.") ? location.substring(2)
                : location.startsWith("/") ? location.substring(1) : null;
        if (rest == null || rest.isEmpty()) {
            return null;
        }
        int end = rest.length();
        for (char separator : new char[] {'.', '[', '/'}) {
            int at = rest.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end);
    }
}
