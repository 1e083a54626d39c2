package dev.hexgate.emulator.cells;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a dataframe SQL cell (a SQL cell without a data connection, which queries other SQL cells' output
 * dataframes) into one warehouse query: each dataframe it reads — directly or through other dataframe SQL cells —
 * becomes a common table expression holding the SQL of the cell above it that produces that dataframe.
 * Dataframes made by code cells do not exist in the warehouse, so reading one fails like a missing table.
 */
final class DataframeSql {

    private static final Pattern LEADING_WITH = Pattern.compile("WITH\\s+", Pattern.CASE_INSENSITIVE);

    private DataframeSql() {
    }

    /**
     * @param target the dataframe SQL cell to run
     * @param projectCells the project's cells in draft order
     */
    static String compose(Cell target, List<Cell> projectCells) {
        List<Cell> above = new ArrayList<>();
        for (Cell cell : projectCells) {
            if (cell.id().equals(target.id())) {
                break;
            }
            if (cell.cellType() == CellType.SQL) {
                above.add(cell);
            }
        }
        String source = withoutTrailingSemicolons(target.contents().sqlCell().source());
        // Walk upwards: a producer is included when something below it reads its dataframe.
        Set<String> wanted = new HashSet<>();
        collectReferences(source, above, wanted);
        List<Cell> producers = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0; i--) {
            Cell cell = above.get(i);
            String name = cell.outputDataframe().orElseThrow().toLowerCase(Locale.ROOT);
            if (wanted.remove(name)) {
                producers.add(0, cell);
                if (cell.dataConnectionId() == null) {
                    collectReferences(cell.contents().sqlCell().source(), above.subList(0, i), wanted);
                }
            }
        }
        if (producers.isEmpty()) {
            return source;
        }
        StringBuilder sql = new StringBuilder("WITH ");
        for (Cell producer : producers) {
            sql.append(producer.outputDataframe().orElseThrow()).append(" AS (")
                    .append(withoutTrailingSemicolons(producer.contents().sqlCell().source())).append("), ");
        }
        // The cell may start with its own WITH; its expressions then continue the list.
        Matcher with = LEADING_WITH.matcher(source);
        if (with.lookingAt()) {
            return sql.append(source.substring(with.end())).toString();
        }
        sql.setLength(sql.length() - 2);
        return sql.append(' ').append(source).toString();
    }

    /** Adds the dataframe names of {@code candidates} that {@code sql} mentions as a bare (unqualified) name. */
    private static void collectReferences(String sql, List<Cell> candidates, Set<String> into) {
        for (Cell cell : candidates) {
            String name = cell.outputDataframe().orElseThrow();
            Pattern bare = Pattern.compile("(?<![\\w.\"])" + Pattern.quote(name) + "(?![\\w\"])",
                    Pattern.CASE_INSENSITIVE);
            if (bare.matcher(sql).find()) {
                into.add(name.toLowerCase(Locale.ROOT));
            }
        }
    }

    static String withoutTrailingSemicolons(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
