package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.auth.BearerTokenFilter;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** The user a REST request acts as: every Hex token, workspace tokens included, runs as one user. */
@Component
class RestCallers {

    private final Workspace workspace;

    RestCallers(Workspace workspace) {
        this.workspace = workspace;
    }

    User user(ServerWebExchange exchange) {
        String email = BearerTokenFilter.caller(exchange).user();
        return workspace.userByEmail(email)
                .orElseThrow(() -> new IllegalStateException("Token refers to unknown user " + email));
    }
}
