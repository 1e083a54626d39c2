package dev.hexgate.hexapi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.hexapi.operations.HexOperation.AuditTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the audit trail and results keep of secrets: nothing. */
class RedactionTest {

    @Test
    void auditArgumentsLoseEverySecretOfADataConnectionAndHashFreeText() {
        JsonNode arguments = EventCodec.toTree(Map.of(
                "name", "warehouse",
                "connection_details", Map.of(
                        "postgres", Map.of("hostname", "db.example", "port", 5432, "password", "pw1"),
                        "snowflake", Map.of("accountName", "acme", "privateKey", "k", "passphrase", "pp"),
                        "bigquery", Map.of("serviceAccountJsonConfig", Map.of("private_key", "x")),
                        "databricks", Map.of("accessToken", "dapi123", "jdbcUrl", "jdbc:databricks://h;PWD=x"),
                        "athena", Map.of("secretAccessKey", "s", "accessKeyId", "AKIA"),
                        "redshift", Map.of("sslRootCert", "cert")),
                "sql_source", "SELECT * FROM salaries",
                "tags", List.of("a", "hxtw_emu_21a3230e03772a58aff1b3709a9e232")));

        JsonNode audited = Redaction.auditArguments(arguments);

        String json = audited.toString();
        for (String secret : List.of("pw1", "\"k\"", "pp", "private_key", "dapi123", "PWD", "AKIA", "cert", "hxtw_",
                "salaries")) {
            assertThat(json).doesNotContain(secret);
        }
        assertThat(audited.at("/connection_details/postgres/hostname").asString()).isEqualTo("db.example");
        assertThat(audited.at("/connection_details/postgres/port").asInt()).isEqualTo(5432);
        assertThat(audited.at("/connection_details/snowflake/accountName").asString()).isEqualTo("acme");
        assertThat(audited.get("sql_source").asString()).startsWith("sha256:");
        assertThat(audited.at("/tags/0").asString()).isEqualTo("a");
        assertThat(audited.at("/tags/1").asString()).isEqualTo(Redaction.REDACTED);
        // the original is left alone
        assertThat(arguments.at("/connection_details/postgres/password").asString()).isEqualTo("pw1");
    }

    @Test
    void resultsKeepTheirShapeAndLoseOnlySecretStrings() {
        JsonNode result = EventCodec.toTree(Map.of(
                "id", "dc-1",
                "connectionDetails", Map.of("databricks", Map.of("jdbcUrl", "jdbc:x;PWD=y", "port", 443)),
                "token", Map.of("exp", "2026-12-01"),
                "note", "Bearer abc.def"));

        Redaction.scrubResult(result);

        assertThat(result.at("/connectionDetails/databricks/jdbcUrl").asString()).isEqualTo(Redaction.REDACTED);
        assertThat(result.at("/connectionDetails/databricks/port").asInt()).isEqualTo(443);
        assertThat(result.at("/token/exp").asString()).isEqualTo("2026-12-01");
        assertThat(result.get("note").asString()).isEqualTo(Redaction.REDACTED);
        assertThat(result.get("id").asString()).isEqualTo("dc-1");
    }

    @Test
    void auditTargetsAreReadFromTheOperationsTargetText() {
        assertThat(AuditTarget.parse("project 5a8591dd-4039-49df-9202-96385ba3eff8"))
                .isEqualTo(new AuditTarget("project", "5a8591dd-4039-49df-9202-96385ba3eff8"));
        assertThat(AuditTarget.parse("data connection 7c1e-22"))
                .isEqualTo(new AuditTarget("data_connection", "7c1e-22"));
        assertThat(AuditTarget.parse("run 9f00a1 of project 5a85"))
                .isEqualTo(new AuditTarget("run", "9f00a1"));
        assertThat(AuditTarget.parse("group Analytics")).isEqualTo(new AuditTarget("group", "Analytics"));
        assertThat(AuditTarget.parse("the requested object")).isEqualTo(new AuditTarget(null, null));
    }
}
