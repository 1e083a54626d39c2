package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerChallengeTest {

    @Test
    void readsResourceMetadataScopeAndError() {
        BearerChallenge challenge = BearerChallenge.parse("Bearer error=\"insufficient_scope\", "
                + "scope=\"mcp:basic  mcp:write\", resource_metadata=\"https://app.hex.tech/.well-known/"
                + "oauth-protected-resource/mcp\", error_description=\"needs, more\"").orElseThrow();

        assertThat(challenge.resourceMetadata())
                .hasToString("https://app.hex.tech/.well-known/oauth-protected-resource/mcp");
        assertThat(challenge.scopes()).containsExactly("mcp:basic", "mcp:write");
        assertThat(challenge.error()).isEqualTo("insufficient_scope");
        assertThat(challenge.insufficientScope()).isTrue();
    }

    @Test
    void acceptsTokenValuesEscapesAndAnySchemeCase() {
        BearerChallenge challenge = BearerChallenge.parse("bearer realm=\"a \\\"quoted\\\" realm\",error=invalid_token,"
                + "resource_metadata=https://x.example/prm").orElseThrow();

        assertThat(challenge.error()).isEqualTo("invalid_token");
        assertThat(challenge.resourceMetadata()).hasToString("https://x.example/prm");
        assertThat(challenge.scopes()).isEmpty();
        assertThat(challenge.insufficientScope()).isFalse();
    }

    @Test
    void findsTheBearerChallengeAmongOthers() {
        BearerChallenge challenge = BearerChallenge.parse("Basic dXNlcjpwYXNz==, DPoP algs=\"ES256\", "
                + "Bearer scope=\"openid\"").orElseThrow();

        assertThat(challenge.scopes()).containsExactly("openid");
        assertThat(BearerChallenge.parse("DPoP algs=\"ES256\", Basic realm=\"x\"")).isEmpty();
    }

    @Test
    void aBareBearerChallengeHasNothingInIt() {
        assertThat(BearerChallenge.parse("Bearer")).contains(BearerChallenge.NONE);
        assertThat(BearerChallenge.parse("")).isEmpty();
        assertThat(BearerChallenge.parse(null)).isEmpty();
    }

    @Test
    void aRelativeOrBrokenMetadataUrlIsIgnored() {
        assertThat(BearerChallenge.parse("Bearer resource_metadata=\"/.well-known/x\"").orElseThrow()
                .resourceMetadata()).isNull();
        assertThat(BearerChallenge.parse("Bearer resource_metadata=\"ht tp://bad\"").orElseThrow()
                .resourceMetadata()).isNull();
    }
}
