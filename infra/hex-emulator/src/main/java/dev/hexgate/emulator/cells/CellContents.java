package dev.hexgate.emulator.cells;

import java.util.Objects;

/**
 * A cell's contents as Hex serves them: all three keys are always present and exactly the one matching the cell's
 * type is set (none for types whose contents Hex does not expose).
 */
public record CellContents(CodeCell codeCell, SqlCell sqlCell, MarkdownCell markdownCell) {

    public static final CellContents NONE = new CellContents(null, null, null);

    public static CellContents code(String source) {
        return new CellContents(new CodeCell(source), null, null);
    }

    public static CellContents sql(String source, String outputDataframe) {
        return new CellContents(null, new SqlCell(source, outputDataframe), null);
    }

    public static CellContents markdown(String source) {
        return new CellContents(null, null, new MarkdownCell(source));
    }

    /** Whether exactly the variant for {@code type} is set (none at all for types without exposed contents). */
    public boolean matches(CellType type) {
        boolean code = codeCell != null;
        boolean sql = sqlCell != null;
        boolean markdown = markdownCell != null;
        switch (type) {
            case CODE: return code && !sql && !markdown;
            case SQL: return sql && !code && !markdown;
            case MARKDOWN: return markdown && !code && !sql;
            default: return !code && !sql && !markdown;
        }
    }

    public record CodeCell(String source) {
        public CodeCell {
            Objects.requireNonNull(source, "codeCell.source");
        }
    }

    /** Hex always reports the dataframe a SQL cell's result is stored into. */
    public record SqlCell(String source, String outputDataframe) {
        public SqlCell {
            Objects.requireNonNull(source, "sqlCell.source");
            Objects.requireNonNull(outputDataframe, "sqlCell.outputDataframe");
        }
    }

    public record MarkdownCell(String source) {
        public MarkdownCell {
            Objects.requireNonNull(source, "markdownCell.source");
        }
    }
}
