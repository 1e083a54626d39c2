package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which client authentication a registration ends up with (RFC 7591 §3.2.1: the server has the last word). */
class TokenEndpointAuthTest {

    @Test
    void theRegisteredMethodWins() {
        assertThat(TokenEndpointAuth.choose("client_secret_post", true, List.of("none"))).isEqualTo("client_secret_post");
        assertThat(TokenEndpointAuth.choose("none", true, List.of("client_secret_basic"))).isEqualTo("none");
    }

    @Test
    void withoutARegisteredMethodASecretPicksWhatTheServerSupports() {
        assertThat(TokenEndpointAuth.choose(null, false, List.of("client_secret_basic"))).isEqualTo("none");
        assertThat(TokenEndpointAuth.choose(null, true, List.of("client_secret_post", "client_secret_basic")))
                .isEqualTo("client_secret_basic");
        assertThat(TokenEndpointAuth.choose(null, true, List.of("client_secret_post"))).isEqualTo("client_secret_post");
        assertThat(TokenEndpointAuth.choose(null, true, List.of("none"))).isEqualTo("none");
    }

    @Test
    void methodsHexgateCannotUseAreRefused() {
        assertThatThrownBy(() -> TokenEndpointAuth.choose("private_key_jwt", true, List.of("private_key_jwt")))
                .isInstanceOf(RegistrationException.class).hasMessageContaining("private_key_jwt");
        assertThatThrownBy(() -> TokenEndpointAuth.choose("client_secret_basic", false, List.of()))
                .isInstanceOf(RegistrationException.class).hasMessageContaining("no client secret");
    }
}
