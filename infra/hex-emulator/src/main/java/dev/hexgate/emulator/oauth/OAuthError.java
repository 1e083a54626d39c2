package dev.hexgate.emulator.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON error body of the token, revocation (RFC 6749 §5.2) and registration (RFC 7591 §3.2.2) endpoints. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OAuthError(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String errorDescription) {
}
