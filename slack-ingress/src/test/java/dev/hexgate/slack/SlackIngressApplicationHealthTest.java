package dev.hexgate.slack;

import dev.hexgate.testkit.service.ServiceSmokeCheck;
import org.junit.jupiter.api.Test;

class SlackIngressApplicationHealthTest {

    @Test
    void startsOnItsOwnConfigurationAndReportsHealthy() {
        ServiceSmokeCheck.assertStartsHealthy(SlackIngressApplication.application(), "slack-ingress");
    }
}
