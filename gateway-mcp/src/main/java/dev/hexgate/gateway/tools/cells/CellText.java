package dev.hexgate.gateway.tools.cells;

import tools.jackson.databind.JsonNode;

/** How a cell is named in a summary: {@code SQL "Monthly revenue" (id)}. */
final class CellText {

    private CellText() {
    }

    static String describe(JsonNode cell) {
        StringBuilder text = new StringBuilder(cell.path("cellType").asString("cell"));
        String label = cell.path("label").asString(null);
        if (label != null && !label.isEmpty()) {
            text.append(" \"").append(label).append('"');
        }
        return text.append(" (").append(cell.path("id").asString()).append(')').toString();
    }
}
