package dev.hexgate.poller.extraction;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.threads.Expectation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic matching of an {@link Expectation} against a finished thread's answer. No model is asked: the
 * same answer always gives the same extraction. The result has Junior's shape:
 * {@code {"status":"found","value":…}} or {@code {"status":"not_found","value":null}}.
 *
 * <ul>
 *   <li>Columns: the first table (in Hex's order) holding <em>every</em> named column, compared case-insensitively
 *       and ignoring surrounding whitespace; value {@code {"columns":[…], "rows":[{name: value}…], "rowCount":n}}
 *       with only the named columns, in the order asked, under the names asked. A table with some but not all of
 *       them does not count (a partial match is {@code not_found}, as in Junior). Rows may be objects keyed by
 *       column name or arrays in column order; columns may be strings or {@code {name, type}} objects.</li>
 *   <li>Regex: messages searched newest first (the newest is the answer; older ones hold the prompt); value
 *       {@code {"match": whole match, "groups": [group 1…], "message": index}} for the first message that
 *       matches.</li>
 * </ul>
 */
public final class Extractor {

    private Extractor() {
    }

    public static JsonNode extract(Expectation expectation, List<String> messages, JsonNode tables) {
        if (expectation instanceof Expectation.Columns columns) {
            return columns(columns.names(), tables);
        }
        return regex((Expectation.Regex) expectation, messages);
    }

    private static JsonNode columns(List<String> wanted, JsonNode tables) {
        if (tables != null && tables.isArray()) {
            for (JsonNode table : tables) {
                List<String> names = columnNames(table.path("columns"));
                List<Integer> positions = new ArrayList<>();
                for (String name : wanted) {
                    int position = indexOf(names, name);
                    if (position < 0) {
                        break;
                    }
                    positions.add(position);
                }
                if (positions.size() == wanted.size()) {
                    return found(project(table.path("rows"), names, wanted, positions));
                }
            }
        }
        return notFound();
    }

    private static ObjectNode project(JsonNode rows, List<String> names, List<String> wanted,
            List<Integer> positions) {
        ObjectNode value = EventCodec.mapper().createObjectNode();
        ArrayNode columnsNode = value.putArray("columns");
        wanted.forEach(columnsNode::add);
        ArrayNode out = value.putArray("rows");
        if (rows.isArray()) {
            for (JsonNode row : rows) {
                ObjectNode projected = out.addObject();
                for (int i = 0; i < wanted.size(); i++) {
                    String actual = names.get(positions.get(i));
                    JsonNode cell = row.isArray() ? row.get(positions.get(i)) : fieldIgnoringCase(row, actual);
                    projected.set(wanted.get(i), cell == null ? EventCodec.mapper().nullNode() : cell);
                }
            }
        }
        value.put("rowCount", out.size());
        return value;
    }

    private static JsonNode regex(Expectation.Regex regex, List<String> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            Matcher matcher = regex.pattern().matcher(messages.get(i));
            if (matcher.find()) {
                ObjectNode value = EventCodec.mapper().createObjectNode();
                value.put("match", matcher.group());
                ArrayNode groups = value.putArray("groups");
                for (int g = 1; g <= matcher.groupCount(); g++) {
                    groups.add(matcher.group(g));
                }
                value.put("message", i);
                return found(value);
            }
        }
        return notFound();
    }

    private static List<String> columnNames(JsonNode columns) {
        List<String> names = new ArrayList<>();
        if (columns.isArray()) {
            for (JsonNode column : columns) {
                names.add(column.isString() ? column.asString() : column.path("name").asString(""));
            }
        }
        return names;
    }

    private static int indexOf(List<String> names, String wanted) {
        String key = normalize(wanted);
        for (int i = 0; i < names.size(); i++) {
            if (normalize(names.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode fieldIgnoringCase(JsonNode row, String name) {
        JsonNode exact = row.get(name);
        if (exact != null) {
            return exact;
        }
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        row.properties().forEach(e -> byKey.putIfAbsent(normalize(e.getKey()), e.getValue()));
        return byKey.get(normalize(name));
    }

    private static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static JsonNode found(JsonNode value) {
        ObjectNode result = EventCodec.mapper().createObjectNode();
        result.put("status", "found");
        result.set("value", value);
        return result;
    }

    public static JsonNode notFound() {
        ObjectNode result = EventCodec.mapper().createObjectNode();
        result.put("status", "not_found");
        result.putNull("value");
        return result;
    }
}
