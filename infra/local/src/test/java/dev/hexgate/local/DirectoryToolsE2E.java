package dev.hexgate.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every directory-tool E2E class does around its tests: one MCP client on the shared stack per class, and
 * no emulator fault left behind for the next test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DirectoryToolsE2E {

    protected DirectoryE2ESupport e2e;

    @BeforeAll
    void connect() {
        e2e = new DirectoryE2ESupport();
    }

    @AfterAll
    void disconnect() {
        if (e2e != null) {
            e2e.close();
        }
    }

    @AfterEach
    void clearFaults() {
        DirectoryE2ESupport.clearFaults();
    }
}
