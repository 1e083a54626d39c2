package dev.hexgate.gateway.tools.cells;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.PageSummaries;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_cell_output}: a SQL cell's latest output, a table preview or the error the cell ended with. */
@Component
public class GetHexCellOutputTool implements HexTool {

    private static final int COLUMNS_NAMED = 12;

    @Override
    public String name() {
        return "get_hex_cell_output";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode output) {
        JsonNode cell = output.path("cell");
        JsonNode result = output.path("result");
        String which = cell.path("cellType").asString("SQL") + " cell " + cell.path("id").asString(
                arguments.path("cell_id").asString());
        if ("cell_run_error".equals(result.path("type").asString())) {
            return which + " failed when it last ran: " + result.path("message").asString() + ".";
        }
        JsonNode columns = result.path("columns");
        int rows = result.path("rowsReturned").asInt(result.path("rows").size());
        StringBuilder text = new StringBuilder(which).append(" output: ")
                .append(PageSummaries.count(rows, "row", "rows")).append(" × ")
                .append(PageSummaries.count(columns.size(), "column", "columns"));
        if (!columns.isEmpty()) {
            text.append(" (");
            for (int i = 0; i < Math.min(columns.size(), COLUMNS_NAMED); i++) {
                JsonNode column = columns.get(i);
                text.append(i == 0 ? "" : ", ").append(column.path("name").asString())
                        .append(' ').append(column.path("type").asString());
            }
            text.append(columns.size() > COLUMNS_NAMED ? ", …)" : ")");
        }
        text.append('.');
        if (result.path("truncated").asBoolean(false)) {
            JsonNode total = result.path("totalRows");
            String kind = result.path("totalRowsKind").asString("UNKNOWN");
            text.append(" This is a preview");
            if (total.isNumber()) {
                text.append(" of ").append("LOWER_BOUND".equals(kind) ? "at least " : "").append(total.asLong())
                        .append(" rows");
            }
            text.append('.');
        }
        return text.toString();
    }
}
