package dev.hexgate.hexclient.mcp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps hexgate's argument names onto the names a Hex MCP tool's live input schema uses. Hex publishes no schemas
 * and its argument names have drifted ({@code get_thread} took {@code id}, now {@code thread_id}; clients send
 * {@code threadId} too), so the names are read from {@code tools/list} and matched here, per argument:
 * <ol>
 *   <li>a property with exactly our name;</li>
 *   <li>a property whose name is ours once case, {@code _} and {@code -} are ignored ({@code threadId});</li>
 *   <li>a property named like one of our name's known aliases ({@link #ALIASES}), in that order.</li>
 * </ol>
 * No fitting property, or a required property we do not fill, is a {@link HexMcpException.Kind#SCHEMA_MISMATCH}
 * naming the tool and the properties it has. A schema that declares no properties at all says nothing about names,
 * so the arguments go as they are.
 */
public final class ToolArgumentMapper {

    /** hexgate's argument → names Hex has used, or plausibly uses, for it; the first that the schema has wins. */
    public static final Map<String, List<String>> ALIASES = Map.of(
            "thread_id", List.of("thread_id", "threadId", "id", "thread", "threadUuid"),
            "prompt", List.of("prompt", "message", "question", "query", "text", "content", "instructions"));

    private ToolArgumentMapper() {
    }

    /**
     * @param toolName    for messages
     * @param inputSchema the tool's {@code inputSchema} from {@code tools/list}
     * @param arguments   hexgate's arguments, by hexgate's names
     * @return the same values under the schema's names
     */
    public static Map<String, Object> map(String toolName, Map<String, Object> inputSchema,
            Map<String, Object> arguments) {
        Map<String, String> names = names(toolName, inputSchema, arguments.keySet());
        Map<String, Object> mapped = new LinkedHashMap<>();
        arguments.forEach((ours, value) -> mapped.put(names.get(ours), value));
        return mapped;
    }

    /**
     * The names alone, for a caller that maps once and sends many calls (thread-poller keeps one MCP session per
     * user and polls {@code get_thread} through it).
     *
     * @param toolName    for messages
     * @param inputSchema the tool's {@code inputSchema} from {@code tools/list}
     * @param ours        hexgate's argument names, all of which will be sent
     * @return hexgate's name → the schema's name, in the order of {@code ours}
     */
    public static Map<String, String> names(String toolName, Map<String, Object> inputSchema,
            Collection<String> ours) {
        Object declared = inputSchema == null ? null : inputSchema.get("properties");
        Collection<String> properties = declared instanceof Map<?, ?> map ? names(map.keySet()) : List.of();
        List<String> required = inputSchema != null && inputSchema.get("required") instanceof List<?> list
                ? names(list) : List.of();
        Map<String, String> names = new LinkedHashMap<>();
        if (properties.isEmpty() && required.isEmpty()) {
            ours.forEach(name -> names.put(name, name));
            return names;
        }
        for (String argument : ours) {
            String property = fit(argument, properties, names.values());
            if (property == null) {
                throw new HexMcpException(HexMcpException.Kind.SCHEMA_MISMATCH, 0, null, false,
                        "Hex's " + toolName + " tool takes " + properties + "; none of them fits hexgate's argument '"
                                + argument + "'. Hex has changed the tool: hexgate needs an update.");
            }
            names.put(argument, property);
        }
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(names.values());
        if (!missing.isEmpty()) {
            throw new HexMcpException(HexMcpException.Kind.SCHEMA_MISMATCH, 0, null, false,
                    "Hex's " + toolName + " tool now requires " + missing + ", which hexgate does not send. Hex has "
                            + "changed the tool: hexgate needs an update.");
        }
        return names;
    }

    private static String fit(String ours, Collection<String> properties, Collection<String> taken) {
        if (properties.contains(ours) && !taken.contains(ours)) {
            return ours;
        }
        String normalised = normalise(ours);
        for (String property : properties) {
            if (!taken.contains(property) && normalise(property).equals(normalised)) {
                return property;
            }
        }
        for (String alias : ALIASES.getOrDefault(ours, List.of())) {
            for (String property : properties) {
                if (!taken.contains(property) && normalise(property).equals(normalise(alias))) {
                    return property;
                }
            }
        }
        return null;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static List<String> names(Collection<?> values) {
        List<String> names = new ArrayList<>();
        for (Object value : values) {
            names.add(String.valueOf(value));
        }
        return names;
    }
}
