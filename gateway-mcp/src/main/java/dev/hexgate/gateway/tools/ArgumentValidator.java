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
        // Inside an argument, say where: "at connection_details/snowflake: property 'account' is not defined".
        String where = location(error);
        if (argument != null && where != null && !where.equals(argument)) {
            message = "at " + where + ": " + message;
        }
        return argument == null ? message : "argument '" + argument + "': " + message;
    }

    private static String argumentName(Error error) {
        // A missing or unknown property inside an argument (e.g. connection_details.postgres.account) is that
        // argument's problem; only at the top level is the property itself the argument.
        String topLevel = topLevelName(error);
        if (topLevel != null) {
            return topLevel;
        }
        if (("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()))
                && error.getProperty() != null) {
            return error.getProperty();
        }
        return null;
    }

    /** Where in the arguments the problem is, without the root: {@code limit}, {@code connection_details/postgres}. */
    private static String location(Error error) {
        // The instance location is a JSON Pointer ("/limit", "/statuses/0") or a path ("$.limit", "$.statuses[0]").
        String location = error.getInstanceLocation().toString();
        String rest = location.startsWith("$.") ? location.substring(2)
                : location.startsWith("/") ? location.substring(1) : null;
        return rest == null || rest.isEmpty() ? null : rest;
    }

    private static String topLevelName(Error error) {
        String rest = location(error);
        if (rest == null) {
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
