package dev.hexgate.contracts.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.contracts.codec.EventCodec;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SealedArgumentsTest {

    private static final KeyPair KEYS = SealingKeys.generate();
    private static final SecretSealer SEALER = SecretSealer.of(SealingKeys.encode(KEYS.getPublic()));
    private static final SecretOpener OPENER = SecretOpener.of(SealingKeys.encode(KEYS.getPrivate()));
    private static final String OPERATION = "create_hex_data_connection";

    private static JsonNode arguments() {
        return EventCodec.mapper().readTree("""
                {"name": "Warehouse", "connection_type": "postgres",
                 "connection_details": {"postgres": {"hostname": "db.example", "port": 5432, "database": "a",
                   "username": "hex", "password": "s3cr3t-pa55"}},
                 "sharing": {"groups": [{"group": {"id": "g"}, "access": "QUERY"}]}}
                """);
    }

    @Test
    void sealsOnlySecretFieldsAndOpensThemBackWhereTheyWereSealed() {
        JsonNode sealed = SealedArguments.seal(arguments(), SealedArguments.CONNECTION_SECRETS, OPERATION, SEALER);

        assertThat(sealed.toString()).doesNotContain("s3cr3t-pa55").contains("\"hostname\":\"db.example\"");
        String password = sealed.at("/connection_details/postgres/password").asString();
        assertThat(password).startsWith("hxsealed:v1:" + SEALER.keyId() + ":");
        assertThat(SEALER.keyId()).isEqualTo(OPENER.keyId());

        JsonNode opened = SealedArguments.open(sealed, SealedArguments.CONNECTION_SECRETS, OPERATION, OPENER);
        assertThat(opened).isEqualTo(arguments());
    }

    @Test
    void aSealedValueMovedToAnotherFieldOrOperationDoesNotOpen() {
        JsonNode sealed = SealedArguments.seal(arguments(), SealedArguments.CONNECTION_SECRETS, OPERATION, SEALER);
        String password = sealed.at("/connection_details/postgres/password").asString();

        ObjectNode moved = (ObjectNode) arguments();
        ((ObjectNode) moved.at("/connection_details/postgres")).put("accessToken", password).remove("password");
        assertThatThrownBy(() -> SealedArguments.open(moved, SealedArguments.CONNECTION_SECRETS, OPERATION, OPENER))
                .isInstanceOf(SealedValueException.class)
                .hasMessageContaining("/connection_details/postgres/accessToken")
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> SealedArguments.open(sealed, SealedArguments.CONNECTION_SECRETS,
                "update_hex_data_connection", OPENER)).isInstanceOf(SealedValueException.class);
    }

    @Test
    void anotherKeyOrNoKeyIsNamedNotGuessed() {
        JsonNode sealed = SealedArguments.seal(arguments(), SealedArguments.CONNECTION_SECRETS, OPERATION, SEALER);
        SecretOpener other = SecretOpener.of(SealingKeys.encode(SealingKeys.generate().getPrivate()));

        assertThatThrownBy(() -> SealedArguments.open(sealed, SealedArguments.CONNECTION_SECRETS, OPERATION, other))
                .isInstanceOf(SealedValueException.class).hasMessageContaining(SEALER.keyId())
                .hasMessageContaining(other.keyId());
        assertThatThrownBy(() -> SealedArguments.open(sealed, SealedArguments.CONNECTION_SECRETS, OPERATION, null))
                .isInstanceOf(SealedValueException.class).hasMessageContaining("HEXGATE_SECRETS_PRIVATE_KEY");
    }

    @Test
    void clearValuesPassThroughOpenAndEveryValueIsFound() {
        assertThat(SealedArguments.open(arguments(), SealedArguments.CONNECTION_SECRETS, OPERATION, null))
                .isEqualTo(arguments());
        assertThat(SealedArguments.secretValues(arguments(), SealedArguments.CONNECTION_SECRETS))
                .containsExactly("s3cr3t-pa55");
        assertThat(SealedArguments.containsSecrets(EventCodec.mapper().readTree("{\"name\":\"x\"}"),
                SealedArguments.CONNECTION_SECRETS)).isFalse();
    }

    @Test
    void sealingTwiceGivesDifferentTextAndKeepsSealedValuesAsTheyAre() {
        String first = SEALER.seal("same", OPERATION, "/p");
        String second = SEALER.seal("same", OPERATION, "/p");
        assertThat(first).isNotEqualTo(second);
        JsonNode sealed = SealedArguments.seal(arguments(), SealedArguments.CONNECTION_SECRETS, OPERATION, SEALER);
        assertThat(SealedArguments.seal(sealed, SealedArguments.CONNECTION_SECRETS, OPERATION, SEALER))
                .isEqualTo(sealed);
    }
}
