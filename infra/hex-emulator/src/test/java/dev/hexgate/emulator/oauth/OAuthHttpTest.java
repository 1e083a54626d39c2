package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.EmulatorProperties;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** OAuth tests in the shared emulator context; each test registers its own clients, so no state is shared. */
abstract class OAuthHttpTest extends EmulatorHttpTest {

    protected static final String MAYA = "maya.okafor@fernbrook.example";
    protected static final String PRIYA = "priya.natarajan@fernbrook.example";

    @Autowired
    private EmulatorProperties properties;

    protected OAuthTestClient oauth;

    @BeforeEach
    void oauthClient() {
        oauth = new OAuthTestClient(client);
    }

    /** The emulator's public URL without a trailing slash: the issuer, and the base of the resource. */
    protected String publicUrl() {
        String url = properties.publicUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
