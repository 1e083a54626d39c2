package dev.hexgate.poller;

import dev.hexgate.testkit.service.ServiceSmokeCheck;
import org.junit.jupiter.api.Test;

class ThreadPollerApplicationHealthTest {

    @Test
    void startsOnItsOwnConfigurationAndReportsHealthy() {
        ServiceSmokeCheck.assertStartsHealthy(ThreadPollerApplication.application(), "thread-poller");
    }
}
