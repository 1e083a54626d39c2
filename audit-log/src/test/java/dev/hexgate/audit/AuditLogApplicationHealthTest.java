package dev.hexgate.audit;

import dev.hexgate.testkit.service.ServiceSmokeCheck;
import org.junit.jupiter.api.Test;

class AuditLogApplicationHealthTest {

    @Test
    void startsOnItsOwnConfigurationAndReportsHealthy() {
        ServiceSmokeCheck.assertStartsHealthy(AuditLogApplication.application(), "audit-log");
    }
}
