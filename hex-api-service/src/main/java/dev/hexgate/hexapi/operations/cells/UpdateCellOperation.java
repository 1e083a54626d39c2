package dev.hexgate.hexapi.operations.cells;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code update_hex_cell} → UpdateCell, {@code PATCH /v1/cells/{cellId}}: a cell's source and/or a SQL cell's data
 * connection, in the project's draft. Only what the caller asked to change is sent: {@code sql_source} (with an
 * optional {@code output_dataframe}) → {@code contents.sqlCell}, {@code code_source} → {@code contents.codeCell},
 * {@code markdown_source} → {@code contents.markdownCell}, {@code data_connection_id} → {@code dataConnectionId},
 * and {@code detach_data_connection: true} → {@code "dataConnectionId": null}, the one null Hex is meant to get.
 */
@Component
public class UpdateCellOperation extends RestOperation {

    public UpdateCellOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "update_hex_cell";
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return "cell " + arguments.path("cell_id").asString();
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/cells/{cellId}", arguments.path("cell_id").asString())
                .withBody(HttpMethod.PATCH, body(arguments));
    }

    static ObjectNode body(JsonNode arguments) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode body = json.objectNode();
        if (arguments.path("detach_data_connection").asBoolean(false)) {
            body.putNull("dataConnectionId");
        } else if (arguments.hasNonNull("data_connection_id")) {
            body.put("dataConnectionId", arguments.get("data_connection_id").asString());
        }
        ObjectNode contents = json.objectNode();
        if (arguments.hasNonNull("sql_source")) {
            ObjectNode sql = contents.putObject("sqlCell").put("source", arguments.get("sql_source").asString());
            if (arguments.hasNonNull("output_dataframe")) {
                sql.put("outputDataframe", arguments.get("output_dataframe").asString());
            }
        }
        if (arguments.hasNonNull("code_source")) {
            contents.putObject("codeCell").put("source", arguments.get("code_source").asString());
        }
        if (arguments.hasNonNull("markdown_source")) {
            contents.putObject("markdownCell").put("source", arguments.get("markdown_source").asString());
        }
        if (!contents.isEmpty()) {
            body.set("contents", contents);
        }
        return body;
    }
}
