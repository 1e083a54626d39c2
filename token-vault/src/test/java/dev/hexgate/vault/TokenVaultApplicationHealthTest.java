package dev.hexgate.vault;

import dev.hexgate.testkit.service.ServiceSmokeCheck;
import org.junit.jupiter.api.Test;

class TokenVaultApplicationHealthTest {

    @Test
    void startsOnItsOwnConfigurationAndReportsHealthy() {
        ServiceSmokeCheck.assertStartsHealthy(TokenVaultApplication.application(), "token-vault");
    }
}
