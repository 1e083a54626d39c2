package dev.hexgate.emulator.threads;

import dev.hexgate.emulator.warehouse.QueryResult;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a result table as a Markdown table, which is how a chat answer shows rows to a reader. */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    public static String render(ResultTable table) {
        StringBuilder out = new StringBuilder();
        out.append(row(table.columns().stream().map(QueryResult.Column::name).map(MarkdownTable::cell)
                .collect(Collectors.joining(" | "))));
        out.append(row(table.columns().stream().map(c -> "---").collect(Collectors.joining(" | "))));
        for (Map<String, String> r : table.rows()) {
            out.append(row(table.columns().stream().map(c -> cell(r.get(c.name())))
                    .collect(Collectors.joining(" | "))));
        }
        return out.toString().stripTrailing();
    }

    private static String row(String cells) {
        return "| " + cells + " |\n";
    }

    private static String cell(String value) {
        if (value == null) {
            return "NULL";
        }
        return value.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }
}
