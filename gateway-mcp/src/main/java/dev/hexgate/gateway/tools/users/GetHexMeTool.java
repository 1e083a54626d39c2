package dev.hexgate.gateway.tools.users;

import dev.hexgate.gateway.tools.HexTool;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code get_hex_me}: who the Hex credential in use acts as. A workspace token answers only {@code {org, token}},
 * and the summary says so rather than inventing a user.
 */
@Component
public class GetHexMeTool implements HexTool {

    @Override
    public String name() {
        return "get_hex_me";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode me) {
        String org = me.path("org").path("id").asString();
        StringBuilder text = new StringBuilder();
        if (me.hasNonNull("email")) {
            String name = me.path("name").asString(null);
            text.append("Hex calls act as ").append(name == null ? "" : name + " ")
                    .append('<').append(me.path("email").asString()).append(">, role ")
                    .append(me.path("role").asString()).append(", in workspace (org) ").append(org).append('.');
        } else {
            text.append("Hex calls use a workspace token of org ").append(org)
                    .append("; it acts for no particular user, so Hex reports no user details.");
        }
        JsonNode token = me.path("token");
        if (token.isObject()) {
            JsonNode exp = token.path("exp");
            text.append(exp.isNumber() ? " The token expires " + expiry(exp) + "." : " The token does not expire.");
        }
        return text.toString();
    }

    /** Hex sends {@code exp} as a number; Unix seconds as in JWTs, or milliseconds if it is that large. */
    private static String expiry(JsonNode exp) {
        long value = exp.asLong();
        Instant at = value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        return "at " + at;
    }
}
