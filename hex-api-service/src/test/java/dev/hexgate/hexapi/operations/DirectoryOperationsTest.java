package dev.hexgate.hexapi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.secrets.SealedArguments;
import dev.hexgate.contracts.secrets.SealedValueException;
import dev.hexgate.contracts.secrets.SealingKeys;
import dev.hexgate.contracts.secrets.SecretSealer;
import dev.hexgate.hexapi.operations.collections.CreateCollectionOperation;
import dev.hexgate.hexapi.operations.collections.ListCollectionsOperation;
import dev.hexgate.hexapi.operations.collections.UpdateCollectionOperation;
import dev.hexgate.hexapi.operations.dataconnections.CreateDataConnectionOperation;
import dev.hexgate.hexapi.operations.dataconnections.GetDataConnectionOperation;
import dev.hexgate.hexapi.operations.dataconnections.UpdateDataConnectionOperation;
import dev.hexgate.hexapi.operations.groups.CreateGroupOperation;
import dev.hexgate.hexapi.operations.groups.DeleteGroupOperation;
import dev.hexgate.hexapi.operations.groups.UpdateGroupOperation;
import dev.hexgate.hexapi.operations.sharing.UpdateProjectUserSharingOperation;
import dev.hexgate.hexapi.operations.sharing.UpdateProjectWorkspaceSharingOperation;
import dev.hexgate.hexapi.secrets.CommandSecrets;
import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.rest.HexClientSettings;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** What the directory operations send to Hex for given tool arguments, and what they make of Hex's answers. */
class DirectoryOperationsTest {

    private static final KeyPair KEYS = SealingKeys.generate();
    private static final String PROJECT = "0195a3ce-59db-7356-839e-ac50486403c0";

    private final RecordingHex hex = new RecordingHex();
    private final CommandSecrets secrets = new CommandSecrets(SealingKeys.encode(KEYS.getPrivate()));

    @Test
    void userSharingBecomesAnUpsertByIdAndErrorsAreAlwaysPresent() {
        hex.answer = request -> new HexResponse(200, json("{\"project\": {\"id\": \"" + PROJECT + "\"}}"));
        JsonNode result = run(new UpdateProjectUserSharingOperation(hex), """
                {"project_id": "%s", "user_permissions": [{"user_id": "u1", "access": "CAN_VIEW"},
                 {"user_id": "u2", "access": "NONE"}]}""".formatted(PROJECT));

        HexRequest sent = hex.only();
        assertThat(sent.method()).isEqualTo(HttpMethod.PATCH);
        assertThat(sent.pathTemplate()).isEqualTo("/projects/{projectId}/sharing/users");
        assertThat(sent.pathVariables()).containsExactly(PROJECT);
        assertThat(sent.body()).isEqualTo(json("""
                {"sharing": {"upsert": {"users": [{"user": {"id": "u1"}, "access": "CAN_VIEW"},
                 {"user": {"id": "u2"}, "access": "NONE"}]}}}"""));
        assertThat(result.path("errors").isArray()).isTrue();
        assertThat(result.path("project").path("id").asString()).isEqualTo(PROJECT);
    }

    @Test
    void workspaceSharingSendsOnlyTheAudiencesGiven() {
        hex.answer = request -> new HexResponse(200, json("{\"project\": {}, \"errors\": [{\"type\": \"publicWeb\", \"reason\": \"no\"}]}"));
        JsonNode result = run(new UpdateProjectWorkspaceSharingOperation(hex),
                "{\"project_id\": \"" + PROJECT + "\", \"public_access\": \"APP_ONLY\"}");
        assertThat(hex.only().body()).isEqualTo(json("{\"sharing\": {\"publicWeb\": \"APP_ONLY\"}}"));
        assertThat(result.path("errors").size()).isEqualTo(1);
    }

    @Test
    void collectionsMapSharingArgumentsToHexsShapes() {
        hex.answer = request -> new HexResponse(201, json("{\"id\": \"c\"}"));
        run(new CreateCollectionOperation(hex), """
                {"name": "Ops", "sharing_users": [{"id": "u1", "access": "CAN_EDIT"}], "workspace_access": "CAN_VIEW"}""");
        run(new UpdateCollectionOperation(hex), "{\"collection_id\": \"c\", \"description\": \"d\"}");
        run(new UpdateCollectionOperation(hex), """
                {"collection_id": "c", "sharing_groups": [{"id": "g1", "access": "NONE"}]}""");
        run(new ListCollectionsOperation(hex), "{\"limit\": 5, \"after\": \"x\", \"sort_by\": \"NAME\"}");

        assertThat(hex.sent.get(0).body()).isEqualTo(json("""
                {"name": "Ops", "sharing": {"users": [{"id": "u1", "access": "CAN_EDIT"}], "workspace": {"members": "CAN_VIEW"}}}"""));
        assertThat(hex.sent.get(1).body()).isEqualTo(json("{\"description\": \"d\"}"));
        assertThat(hex.sent.get(2).body()).isEqualTo(json("""
                {"sharing": {"upsert": {"groups": [{"id": "g1", "access": "NONE"}]}}}"""));
        assertThat(hex.sent.get(3).query()).isEqualTo(Map.of("limit", List.of("5"), "after", List.of("x"),
                "sortBy", List.of("NAME")));
    }

    @Test
    void groupsSendMembersAsIdRefsAndA204DeleteIsSuccess() {
        hex.answer = request -> new HexResponse(201, json("{\"id\": \"g\", \"name\": \"n\", \"members\": {}}"));
        run(new CreateGroupOperation(hex), "{\"name\": \"Ops\", \"member_user_ids\": [\"u1\", \"u2\"]}");
        run(new UpdateGroupOperation(hex), """
                {"group_id": "g", "add_member_user_ids": ["u3"], "remove_member_user_ids": []}""");
        hex.answer = request -> new HexResponse(204, null);
        JsonNode deleted = run(new DeleteGroupOperation(hex), "{\"group_id\": \"g\"}");

        assertThat(hex.sent.get(0).body()).isEqualTo(json("""
                {"name": "Ops", "members": {"users": [{"id": "u1"}, {"id": "u2"}]}}"""));
        assertThat(hex.sent.get(1).body()).isEqualTo(json("{\"members\": {\"add\": {\"users\": [{\"id\": \"u3\"}]}}}"));
        assertThat(hex.sent.get(2).method()).isEqualTo(HttpMethod.DELETE);
        assertThat(deleted).isEqualTo(json("{\"deleted\": true, \"groupId\": \"g\"}"));
    }

    @Test
    void aSealedSecretReachesHexInClearAndNeverComesBack() {
        String password = "pg-secret-7781";
        JsonNode arguments = json("""
                {"name": "WH", "connection_type": "postgres", "include_magic": true,
                 "connection_details": {"postgres": {"hostname": "h", "port": 5432, "database": "d",
                   "username": "u", "password": "%s"}}}""".formatted(password));
        JsonNode sealed = SealedArguments.seal(arguments, SealedArguments.CONNECTION_SECRETS,
                "create_hex_data_connection", SecretSealer.of(SealingKeys.encode(KEYS.getPublic())));
        assertThat(sealed.toString()).doesNotContain(password);
        // Hex (misbehaving) echoes the secret in the details and in the description.
        hex.answer = request -> new HexResponse(201, json("""
                {"id": "dc", "name": "WH", "type": "postgres", "description": "uses %s",
                 "connectionDetails": {"postgres": {"hostname": "h", "password": "%s"}}}""".formatted(password, password)));

        JsonNode result = run(new CreateDataConnectionOperation(hex, secrets), sealed.toString());

        assertThat(hex.only().body()).isEqualTo(json("""
                {"name": "WH", "type": "postgres", "includeMagic": true,
                 "connectionDetails": {"postgres": {"hostname": "h", "port": 5432, "database": "d",
                   "username": "u", "password": "%s"}}}""".formatted(password)));
        assertThat(result.toString()).doesNotContain(password);
        assertThat(result.at("/connectionDetails/postgres/password").asString()).isEqualTo("[redacted]");
        assertThat(result.path("description").asString()).isEqualTo("uses [redacted]");
    }

    @Test
    void servedJdbcUrlAndAccessKeyIdAreRedactedAndHexErrorsLoseEchoedSecrets() {
        hex.answer = request -> new HexResponse(200, json("""
                {"id": "dc", "connectionDetails": {"databricks": {"jdbcUrl": "jdbc:databricks://x;PWD=tok"}},
                 "other": {"athena": {"accessKeyId": "AKIA1", "hostname": "h"}}}"""));
        JsonNode result = run(new GetDataConnectionOperation(hex, secrets), "{\"connection_id\": \"dc\"}");
        assertThat(result.toString()).doesNotContain("PWD=tok").doesNotContain("AKIA1").contains("\"hostname\":\"h\"");

        hex.answer = request -> {
            throw new HexApiException(HexApiException.Kind.HTTP_STATUS, 400, null,
                    "bad password hunter2-secret", "t", null, "Hex answered 400: bad password hunter2-secret", null);
        };
        assertThatThrownBy(() -> run(new UpdateDataConnectionOperation(hex, secrets), """
                {"connection_id": "dc", "connection_details": {"postgres": {"password": "hunter2-secret"}}}"""))
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.hexReason()).contains("bad password [redacted]");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
    }

    @Test
    void anUnopenableSecretFailsBeforeHexIsCalled() {
        JsonNode sealed = SealedArguments.seal(json("{\"connection_id\": \"dc\", \"connection_details\": {\"postgres\": {\"password\": \"p4ssword\"}}}"),
                SealedArguments.CONNECTION_SECRETS, "update_hex_data_connection",
                SecretSealer.of(SealingKeys.encode(SealingKeys.generate().getPublic())));
        assertThatThrownBy(() -> run(new UpdateDataConnectionOperation(hex, secrets), sealed.toString()))
                .isInstanceOf(SealedValueException.class);
        assertThatThrownBy(() -> run(new UpdateDataConnectionOperation(hex, new CommandSecrets("")), sealed.toString()))
                .isInstanceOf(SealedValueException.class).hasMessageContaining("HEXGATE_SECRETS_PRIVATE_KEY");
        assertThat(hex.sent).isEmpty();
    }

    @Test
    void updateSendsAnExplicitNullScheduleToClearIt() {
        hex.answer = request -> new HexResponse(201, json("{\"id\": \"dc\"}"));
        run(new UpdateDataConnectionOperation(hex, secrets), "{\"connection_id\": \"dc\", \"schema_refresh_schedule\": null}");
        assertThat(hex.only().body()).isEqualTo(json("{\"schemaRefreshSchedule\": null}"));
    }

    private static JsonNode run(HexOperation operation, String arguments) {
        return operation.execute(json(arguments), "hxtw_test").block().body();
    }

    private static JsonNode json(String text) {
        return EventCodec.mapper().readTree(text);
    }

    /** Records what would go to Hex and answers from a script. */
    private static final class RecordingHex extends HexRestClient {

        final List<HexRequest> sent = new ArrayList<>();
        Function<HexRequest, HexResponse> answer = request -> new HexResponse(200, null);

        RecordingHex() {
            super(HexClientSettings.of("http://localhost:1"));
        }

        @Override
        public Mono<HexResponse> send(String token, HexRequest request) {
            sent.add(request);
            return Mono.fromCallable(() -> answer.apply(request));
        }

        HexRequest only() {
            assertThat(sent).hasSize(1);
            return sent.get(0);
        }
    }
}
