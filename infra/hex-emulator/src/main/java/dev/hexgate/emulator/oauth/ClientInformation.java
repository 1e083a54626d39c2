package dev.hexgate.emulator.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The registration response (RFC 7591 §3.2.1): the client's credentials and everything it registered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClientInformation(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("client_id_issued_at") long clientIdIssuedAt,
        @JsonProperty("client_secret_expires_at") Long clientSecretExpiresAt,
        @JsonProperty("client_name") String clientName,
        @JsonProperty("redirect_uris") List<String> redirectUris,
        @JsonProperty("grant_types") List<String> grantTypes,
        @JsonProperty("response_types") List<String> responseTypes,
        @JsonProperty("token_endpoint_auth_method") String tokenEndpointAuthMethod,
        @JsonProperty("scope") String scope) {

    static ClientInformation of(RegisteredClient client) {
        return new ClientInformation(
                client.clientId(),
                client.clientSecret(),
                client.issuedAt().getEpochSecond(),
                client.isPublic() ? null : 0L, // 0: the secret never expires
                client.clientName(),
                client.redirectUris(),
                client.grantTypes(),
                client.responseTypes(),
                client.tokenEndpointAuthMethod(),
                client.scope().isEmpty() ? null : Scopes.format(client.scope()));
    }
}
