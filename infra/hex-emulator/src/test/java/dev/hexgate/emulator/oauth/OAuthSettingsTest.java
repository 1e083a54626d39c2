package dev.hexgate.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.emulator.workspace.Workspace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OAuthSettingsTest {

    private static final Workspace WORKSPACE = Workspace.loadDefault();

    @Test
    void autoApproveUserMustBeAWorkspaceUser() {
        assertThatThrownBy(() -> new OAuthSettings(settings("nobody@fernbrook.example"), WORKSPACE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto-approve-user");
    }

    @Test
    void blankAutoApproveUserMeansTheConsentPage() {
        assertThat(new OAuthSettings(settings("  "), WORKSPACE).current().autoApproveEmail()).isEmpty();
        assertThat(new OAuthSettings(settings(null), WORKSPACE).current().autoApproveEmail()).isEmpty();
    }

    @Test
    void resetRestoresTheConfiguredSettings() {
        OAuthSettings settings = new OAuthSettings(settings(null), WORKSPACE);
        settings.set(settings.current().withAutoApproveUser("maya.okafor@fernbrook.example"));

        settings.reset();

        assertThat(settings.current().autoApproveEmail()).isEmpty();
    }

    @Test
    void lifetimesMustNotBeNegative() {
        assertThatThrownBy(() -> settings(null).withAccessTokenTtl(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OAuthSettings.Settings settings(String autoApproveUser) {
        return new OAuthSettings.Settings(autoApproveUser, Duration.ofMinutes(10), Duration.ofDays(30),
                Duration.ofSeconds(60), Duration.ofMinutes(10));
    }
}
