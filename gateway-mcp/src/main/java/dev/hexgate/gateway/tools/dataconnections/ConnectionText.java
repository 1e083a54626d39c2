package dev.hexgate.gateway.tools.dataconnections;

import dev.hexgate.contracts.secrets.SealedArguments;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** How a data connection reads in a summary: readable settings only, never a secret field, even a redacted one. */
final class ConnectionText {

    private ConnectionText() {
    }

    static String describe(JsonNode connection) {
        String type = connection.path("type").asString();
        StringBuilder text = new StringBuilder("data connection ").append(DirectoryText.named(connection, "name"))
                .append(": ").append(type);
        List<String> settings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : connection.path("connectionDetails").path(type).properties()) {
            if (!SealedArguments.CONNECTION_SECRETS.contains(field.getKey()) && field.getValue().isValueNode()
                    && !field.getValue().isNull()) {
                settings.add(field.getKey() + "=" + field.getValue().asString());
            }
        }
        if (!settings.isEmpty()) {
            text.append(" (").append(String.join(", ", settings)).append(')');
        }
        List<String> options = new ArrayList<>();
        option(options, connection, "includeMagic", "Magic");
        option(options, connection, "allowWritebackCells", "writeback");
        option(options, connection, "connectViaSsh", "SSH");
        if (!options.isEmpty()) {
            text.append("; ").append(String.join(", ", options));
        }
        JsonNode workspace = connection.path("sharing").path("workspace");
        if (workspace.isObject()) {
            text.append("; workspace members ").append(workspace.path("members").asString("NONE"))
                    .append(", guests ").append(workspace.path("guests").asString("NONE"))
                    .append(", public ").append(workspace.path("public").asString("NONE"));
        }
        JsonNode groups = connection.path("sharing").path("groups");
        if (groups.isArray() && !groups.isEmpty()) {
            List<String> grants = new ArrayList<>();
            groups.forEach(g -> grants.add(g.path("group").path("name").asString(g.path("group").path("id").asString())
                    + " " + g.path("access").asString()));
            text.append("; groups: ").append(String.join(", ", grants));
        }
        return text.append(". Secrets are never shown.").toString();
    }

    private static void option(List<String> options, JsonNode connection, String field, String label) {
        if (connection.path(field).isBoolean()) {
            options.add(label + (connection.path(field).asBoolean() ? " on" : " off"));
        }
    }
}
