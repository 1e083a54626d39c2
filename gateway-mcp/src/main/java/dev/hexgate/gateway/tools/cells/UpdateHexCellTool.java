package dev.hexgate.gateway.tools.cells;

import dev.hexgate.gateway.tools.HexTool;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code update_hex_cell}: a cell's source and/or a SQL cell's data connection. The argument rules a schema says
 * badly are checked here: one kind of source at most, something to change, {@code output_dataframe} only with
 * {@code sql_source}, and attaching and detaching a connection are exclusive.
 */
@Component
public class UpdateHexCellTool implements HexTool {

    private static final List<String> SOURCES = List.of("sql_source", "code_source", "markdown_source");

    @Override
    public String name() {
        return "update_hex_cell";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        List<String> sources = SOURCES.stream().filter(arguments::hasNonNull).toList();
        if (sources.size() > 1) {
            return Optional.of("give only one of 'sql_source', 'code_source', 'markdown_source' (a cell has one "
                    + "kind of source), not " + String.join(" and ", sources.stream().map(s -> "'" + s + "'")
                            .toList()));
        }
        boolean detach = arguments.path("detach_data_connection").asBoolean(false);
        if (detach && arguments.hasNonNull("data_connection_id")) {
            return Optional.of("give either 'data_connection_id' or 'detach_data_connection', not both");
        }
        if (arguments.hasNonNull("output_dataframe") && !arguments.hasNonNull("sql_source")) {
            return Optional.of("argument 'output_dataframe' goes only with 'sql_source'");
        }
        if (sources.isEmpty() && !detach && !arguments.hasNonNull("data_connection_id")) {
            return Optional.of("nothing to change: give 'sql_source', 'code_source' or 'markdown_source', "
                    + "'data_connection_id', or 'detach_data_connection': true");
        }
        return Optional.empty();
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode cell) {
        StringBuilder text = new StringBuilder("Updated ").append(CellText.describe(cell))
                .append(" in project ").append(cell.path("projectId").asString()).append(" (draft)");
        JsonNode contents = cell.path("contents");
        for (String variant : new String[] {"sqlCell", "codeCell", "markdownCell"}) {
            JsonNode source = contents.path(variant).path("source");
            if (source.isString()) {
                long lines = source.asString().lines().count();
                text.append(": source now ").append(lines).append(lines == 1 ? " line" : " lines");
            }
        }
        String dataframe = contents.path("sqlCell").path("outputDataframe").asString(null);
        if (dataframe != null) {
            text.append(", result in dataframe ").append(dataframe);
        }
        if ("SQL".equals(cell.path("cellType").asString())) {
            String connection = cell.path("dataConnectionId").asString(null);
            text.append(connection == null ? ", no data connection (queries dataframes)"
                    : ", data connection " + connection);
        }
        return text.append('.').toString();
    }
}
