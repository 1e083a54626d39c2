package dev.hexgate.emulator.dataconnections;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * Hex's data connection types with the connection-detail fields each one has. Readable fields are served back;
 * secret fields are accepted on create/edit, stored, and never served (Hex treats them as write-only). ClickHouse
 * connections exist in Hex's API but can only be read, not created or edited.
 */
public enum ConnectionType {
    ATHENA("athena", true, List.of("hostname", "port", "s3OutputPath", "catalog", "workgroup", "accessKeyId"),
            Set.of("secretAccessKey")),
    BIGQUERY("bigquery", true, List.of("projectId", "enableDriveAccess", "enableStorageApi"),
            Set.of("serviceAccountJsonConfig")),
    CLICKHOUSE("clickhouse", false, List.of("hostname", "port", "username"), Set.of()),
    DATABRICKS("databricks", true, List.of("jdbcUrl"), Set.of("accessToken")),
    POSTGRES("postgres", true, List.of("hostname", "port", "database", "username"), Set.of("password")),
    // sslRootCert is accepted on create/edit but not part of Hex's readable redshift details, so it stays write-only.
    REDSHIFT("redshift", true, List.of("host", "port", "database", "username"), Set.of("password", "sslRootCert")),
    SNOWFLAKE("snowflake", true, List.of("accountName", "warehouse", "database", "username", "schema", "role"),
            Set.of("privateKey", "passphrase")),
    TRINO("trino", true, List.of("hostname", "port", "catalog", "schema", "username", "sessionProperties"),
            Set.of("password"));

    private final String wireName;
    private final boolean writable;
    private final List<String> readableFields;
    private final Set<String> secretFields;

    ConnectionType(String wireName, boolean writable, List<String> readableFields, Set<String> secretFields) {
        this.wireName = wireName;
        this.writable = writable;
        this.readableFields = readableFields;
        this.secretFields = secretFields;
    }

    /** Lower-case, as Hex spells types and the connectionDetails keys. Also what Jackson reads. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether the API may create or edit connections of this type. */
    public boolean writable() {
        return writable;
    }

    /** The fields served back, in the order they are shown. */
    public List<String> readableFields() {
        return readableFields;
    }

    public Set<String> secretFields() {
        return secretFields;
    }
}
