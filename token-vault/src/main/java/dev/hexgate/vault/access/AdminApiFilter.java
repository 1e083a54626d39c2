package dev.hexgate.vault.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code /admin/**} needs the admin token ({@code HEXGATE_ADMIN_TOKEN}) as a bearer token. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AdminApiFilter extends BearerTokenFilter {

    private static final Logger log = LoggerFactory.getLogger(AdminApiFilter.class);

    public AdminApiFilter(AccessProperties properties) {
        super("/admin", "hexgate-admin", BearerTokens.single("admin", properties.adminToken()),
                AdminApiFilter.class.getName() + ".caller");
        if (properties.adminToken() == null) {
            log.warn("no admin token configured (HEXGATE_ADMIN_TOKEN): the admin API refuses every call");
        }
    }

    @Override
    String missingMessage() {
        return "missing admin token: send Authorization: Bearer <admin token>";
    }

    @Override
    String wrongMessage() {
        return "wrong admin token";
    }
}
