package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML the authorization endpoint shows: the consent page (which client, which scopes, which fixture user to sign
 * in as) and the error page for requests that must not be redirected. Every dynamic value is HTML-escaped; client
 * names and redirect URIs are chosen by whoever registered the client.
 */
@Component
class ConsentPage {

    /** Form field names of the decision POST. */
    static final String REQUEST_ID = "request_id";
    static final String USER = "user";
    static final String DECISION = "decision";
    static final String APPROVE = "approve";
    static final String DENY = "deny";

    private static final Map<String, String> SCOPE_DESCRIPTIONS = Map.of(
            "openid", "Confirm who you are",
            "profile", "See your name",
            "email", "See your email address",
            Scopes.OFFLINE_ACCESS, "Keep access when you are not around (refresh tokens)");

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;"
            + "padding:0 1rem;color:#1f2430}label{display:block;margin:.3rem 0}fieldset{margin:1rem 0}"
            + "button{margin-right:.5rem;padding:.4rem 1.2rem}.note{color:#5b6170;font-size:.9rem}";

    private final Workspace workspace;

    ConsentPage(Workspace workspace) {
        this.workspace = workspace;
    }

    String consent(AuthorizationRequest request, String requestId) {
        String client = esc(request.client().displayName());
        StringBuilder html = new StringBuilder();
        html.append(head("Authorize " + client));
        html.append("<h1>Authorize ").append(client).append("</h1>\n");
        html.append("<p><strong>").append(client).append("</strong> wants to use the Hex workspace <strong>")
                .append(esc(workspace.org().name())).append("</strong> through MCP on your behalf.</p>\n");
        html.append("<p class=\"note\">You will be sent back to <code>").append(esc(request.redirectUri()))
                .append("</code></p>\n");
        html.append("<h2>It asks to</h2>\n<ul>\n");
        for (String scope : Scopes.SUPPORTED) {
            if (request.scopes().contains(scope)) {
                html.append("<li>").append(esc(SCOPE_DESCRIPTIONS.get(scope))).append(" (<code>").append(esc(scope))
                        .append("</code>)</li>\n");
            }
        }
        html.append("</ul>\n");
        // Relative action: resolves to /oauth2/authorize/decision wherever the emulator is mounted.
        html.append("<form method=\"post\" action=\"authorize/decision\">\n");
        html.append("<input type=\"hidden\" name=\"").append(REQUEST_ID).append("\" value=\"").append(esc(requestId))
                .append("\">\n");
        html.append("<fieldset>\n<legend>Sign in to the emulated workspace as</legend>\n");
        boolean first = true;
        for (User user : workspace.users()) {
            html.append("<label><input type=\"radio\" name=\"").append(USER).append("\" value=\"")
                    .append(esc(user.email())).append('"').append(first ? " checked" : "").append("> ")
                    .append(esc(user.name())).append(" &lt;").append(esc(user.email())).append("&gt; ")
                    .append(esc(user.role().name())).append("</label>\n");
            first = false;
        }
        html.append("</fieldset>\n");
        html.append("<button type=\"submit\" name=\"").append(DECISION).append("\" value=\"").append(APPROVE)
                .append("\">Approve</button>\n");
        html.append("<button type=\"submit\" name=\"").append(DECISION).append("\" value=\"").append(DENY)
                .append("\">Deny</button>\n");
        html.append("</form>\n</body>\n</html>\n");
        return html.toString();
    }

    String error(String message) {
        return head("Authorization error") + "<h1>Authorization error</h1>\n<p>" + esc(message) + "</p>\n"
                + "<p class=\"note\">You were not redirected back to the application, because this server cannot "
                + "verify where to send you.</p>\n</body>\n</html>\n";
    }

    private static String head(String escapedTitle) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escapedTitle
                + " · Hex emulator</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n";
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
