package dev.hexgate.emulator.cells;

import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * UpdateCell's body, read from the raw JSON because {@code "dataConnectionId": null} (detach) and an absent
 * {@code dataConnectionId} (leave alone) mean different things. Types were checked against the OpenAPI
 * description already; {@link #applyTo} adds the rules that depend on the cell being changed.
 */
final class CellUpdate {

    private final boolean changesDataConnection;
    private final UUID dataConnectionId;
    private final JsonNode contents;

    private CellUpdate(boolean changesDataConnection, UUID dataConnectionId, JsonNode contents) {
        this.changesDataConnection = changesDataConnection;
        this.dataConnectionId = dataConnectionId;
        this.contents = contents;
    }

    static CellUpdate parse(JsonNode body) {
        if (body.has("label")) {
            // Hex documents the label as immutable; refusing it beats silently keeping the old one.
            throw new CellRuleException("label cannot be changed");
        }
        JsonNode connection = body.get("dataConnectionId");
        boolean changesConnection = connection != null;
        UUID connectionId = changesConnection && !connection.isNull() ? UUID.fromString(connection.asString()) : null;
        return new CellUpdate(changesConnection, connectionId, body.get("contents"));
    }

    /** The changed cell; throws {@link CellRuleException} when the change does not fit the cell. */
    Cell applyTo(Cell cell, CellDataConnections connections) {
        Cell changed = cell;
        if (changesDataConnection) {
            if (cell.cellType() != CellType.SQL) {
                throw new CellRuleException("dataConnectionId only applies to SQL cells, this is a "
                        + cell.cellType() + " cell");
            }
            if (dataConnectionId != null && !connections.exists(dataConnectionId)) {
                throw new CellRuleException("dataConnectionId " + dataConnectionId + " is not a data connection");
            }
            changed = changed.withDataConnectionId(dataConnectionId);
        }
        if (contents != null) {
            changed = changed.withContents(newContents(changed, contents));
        }
        return changed;
    }

    private static CellContents newContents(Cell cell, JsonNode contents) {
        CellContents result = cell.contents();
        for (String variant : new String[] {"codeCell", "sqlCell", "markdownCell"}) {
            JsonNode given = contents.get(variant);
            if (given == null) {
                continue;
            }
            if (!cell.cellType().hasContents() || !variant.equals(CreateCellRequest.variantFor(cell.cellType()))) {
                throw new CellRuleException("contents." + variant + " does not apply to a " + cell.cellType()
                        + " cell");
            }
            String source = given.get("source").asString();
            switch (cell.cellType()) {
                case SQL:
                    String dataframe = Optional.ofNullable(given.get("outputDataframe")).map(JsonNode::asString)
                            .orElse(cell.contents().sqlCell().outputDataframe());
                    result = CellContents.sql(source, dataframe);
                    break;
                case CODE:
                    result = CellContents.code(source);
                    break;
                default:
                    result = CellContents.markdown(source);
                    break;
            }
        }
        return result;
    }
}
