package dev.hexgate.hexapi.operations.dataconnections;

import dev.hexgate.contracts.secrets.SealedArguments;
import dev.hexgate.contracts.secrets.SealedValueException;
import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexapi.secrets.CommandSecrets;
import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.util.Set;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A data-connection tool: opens the secrets the gateway sealed just before the Hex call, and redacts secrets from
 * Hex's answer and errors before anything is published ({@link ConnectionRedaction}).
 */
abstract class ConnectionOperation extends RestOperation {

    private final CommandSecrets secrets;

    ConnectionOperation(HexRestClient hex, CommandSecrets secrets) {
        super(hex);
        this.secrets = secrets;
    }

    @Override
    public Mono<HexResult> execute(JsonNode arguments, String token) {
        JsonNode opened;
        try {
            opened = secrets.open(arguments, SealedArguments.CONNECTION_SECRETS, name());
        } catch (SealedValueException e) {
            return Mono.error(e);
        }
        Set<String> sent = SealedArguments.secretValues(opened, SealedArguments.CONNECTION_SECRETS);
        return super.execute(opened, token)
                .map(result -> new HexResult(ConnectionRedaction.redact(result.body(), sent), result.status()))
                .onErrorMap(HexApiException.class, e -> ConnectionRedaction.scrub(e, sent));
    }

    @Override
    public String target(JsonNode arguments) {
        return Arguments.target("data connection", arguments, "connection_id");
    }

    /** The settings both create and edit take, tool names → Hex names; explicit null only where Hex reads it. */
    static void settings(JsonNode arguments, ObjectNode body) {
        Arguments.copy(arguments, "name", body, "name");
        Arguments.copy(arguments, "description", body, "description");
        Arguments.copy(arguments, "connection_details", body, "connectionDetails");
        Arguments.copy(arguments, "connect_via_ssh", body, "connectViaSsh");
        Arguments.copy(arguments, "include_magic", body, "includeMagic");
        Arguments.copy(arguments, "allow_writeback_cells", body, "allowWritebackCells");
        Arguments.copy(arguments, "schema_filters", body, "schemaFilters");
        Arguments.copy(arguments, "schema_refresh_schedule", body, "schemaRefreshSchedule");
        Arguments.copy(arguments, "schema_refresh_access", body, "schemaRefreshAccess");
        Arguments.copy(arguments, "sharing", body, "sharing");
    }
}
