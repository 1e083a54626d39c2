package dev.hexgate.gateway.tools.cells;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.PageSummaries;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_cells}: one page of a project's draft cells, by Hex's cursor pagination. */
@Component
public class ListHexCellsTool implements HexTool {

    @Override
    public String name() {
        return "list_hex_cells";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return PageSummaries.oneCursorAtMost(arguments);
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        JsonNode values = result.path("values");
        StringBuilder text = new StringBuilder(PageSummaries.count(values.size(), "cell", "cells"))
                .append(" of project ").append(arguments.path("project_id").asString());
        if (!values.isEmpty()) {
            text.append(": ");
            for (int i = 0; i < values.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(CellText.describe(values.get(i)));
            }
        }
        return text.append(". ").append(PageSummaries.nextPageHint(result)).toString();
    }
}
