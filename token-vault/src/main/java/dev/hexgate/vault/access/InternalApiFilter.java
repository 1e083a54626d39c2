package dev.hexgate.vault.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code /internal/**} is for hexgate's own services only: each presents its service token
 * ({@code HEXGATE_VAULT_SERVICE_TOKENS}) as a bearer token. The calling service's name is in the exchange attribute
 * {@link #SERVICE_ATTRIBUTE}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class InternalApiFilter extends BearerTokenFilter {

    public static final String SERVICE_ATTRIBUTE = InternalApiFilter.class.getName() + ".service";

    private static final Logger log = LoggerFactory.getLogger(InternalApiFilter.class);

    public InternalApiFilter(AccessProperties properties) {
        super("/internal", "hexgate-internal",
                BearerTokens.parse(properties.serviceTokens(), "HEXGATE_VAULT_SERVICE_TOKENS"), SERVICE_ATTRIBUTE);
        if (properties.serviceTokens().isEmpty()) {
            log.warn("no service tokens configured (HEXGATE_VAULT_SERVICE_TOKENS): the internal API refuses every call");
        } else {
            log.info("internal API open to {} services", properties.serviceTokens().size());
        }
    }

    @Override
    String missingMessage() {
        return "missing service token: send Authorization: Bearer <service token>";
    }

    @Override
    String wrongMessage() {
        return "unknown service token";
    }
}
