package dev.hexgate.emulator.dataconnections;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The one property of a JSON object such as {@code connectionDetails: {"postgres": {...}}}. */
record SingleProperty(String key, JsonNode value) {

    /** The object's only property, or null if {@code node} is not an object with exactly one object property. */
    static SingleProperty of(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != 1) {
            return null;
        }
        Map.Entry<String, JsonNode> entry = node.properties().iterator().next();
        return entry.getValue().isObject() ? new SingleProperty(entry.getKey(), entry.getValue()) : null;
    }
}
