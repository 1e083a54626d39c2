package dev.hexgate.emulator.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A successful token response (RFC 6749 §5.1); {@code refresh_token} only with {@code offline_access}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("scope") String scope) {
}
