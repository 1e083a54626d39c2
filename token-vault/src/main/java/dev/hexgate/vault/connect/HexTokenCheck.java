package dev.hexgate.vault.connect;

import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.rest.HexClientSettings;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Asks Hex who a personal token belongs to ({@code GET /v1/users/me}), through hex-client's {@link HexRestClient}
 * (WebClient, connect and response timeouts). Called once, never retried: the user is waiting at the page and can
 * press the button again.
 */
@Component
public class HexTokenCheck {

    /** What Hex said about a token. */
    public sealed interface Outcome permits Accepted, Refused, NotAPersonalToken, Unreachable {
    }

    /** Hex accepted it as this user's token. */
    public record Accepted(String hexUserId, String email) implements Outcome {
    }

    /** Hex answered 401 or 403. */
    public record Refused(int status) implements Outcome {
    }

    /** Hex accepted it, but it acts for no user (a workspace token). */
    public record NotAPersonalToken() implements Outcome {
    }

    /** No usable answer: not reachable, too slow, or an error on Hex's side. */
    public record Unreachable(String reason) implements Outcome {
    }

    private final HexRestClient hex;

    public HexTokenCheck(HexApiProperties properties) {
        this.hex = new HexRestClient(new HexClientSettings(properties.url(), properties.connectTimeout(),
                properties.responseTimeout()));
    }

    public Mono<Outcome> check(String token) {
        return hex.send(token, HexRequest.get("/users/me"))
                .map(answer -> {
                    JsonNode body = answer.body();
                    String email = body == null ? null : text(body, "email");
                    String id = body == null ? null : text(body, "id");
                    return email == null && id == null ? (Outcome) new NotAPersonalToken() : new Accepted(id, email);
                })
                .onErrorResume(HexApiException.class, e -> Mono.just(
                        e.kind() == HexApiException.Kind.HTTP_STATUS && (e.status() == 401 || e.status() == 403)
                                ? new Refused(e.status()) : new Unreachable(e.getMessage())));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }
}
