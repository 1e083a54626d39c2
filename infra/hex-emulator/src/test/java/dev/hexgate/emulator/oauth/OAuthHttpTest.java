package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.EmulatorHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** OAuth tests in the shared emulator context; each test registers its own clients, so no state is shared. */
abstract class OAuthHttpTest extends EmulatorHttpTest {

    protected static final String MAYA = "maya.okafor@fernbrook.example";
    protected static final String PRIYA = "priya.natarajan@fernbrook.example";

    @LocalServerPort
    private int port;

    protected OAuthTestClient oauth;

    @BeforeEach
    void oauthClient() {
        oauth = new OAuthTestClient(client);
    }

    /** The emulator's public URL without a trailing slash: the issuer, and the base of the resource. */
    protected String publicUrl() {
        // The test server listens on a random port; the URLs handed out must name that port, not 0.
        return "http://localhost:" + port;
    }
}
