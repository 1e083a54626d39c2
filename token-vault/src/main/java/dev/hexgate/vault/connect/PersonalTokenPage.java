package dev.hexgate.vault.connect;

import dev.hexgate.vault.Blocking;
import dev.hexgate.vault.credentials.HexApiCredential;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.grants.AuthorizationGrants;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /connect/hex-api}: where a user stores a Hex personal API token. The page is opened from a one-time link
 * ({@link ConnectLinks}) that says which user it is for; there is no other login. The form carries the link token,
 * and the POST consumes it before anything else, so a replayed, expired or forged link changes nothing, and a form
 * cannot be submitted twice. The token is checked with Hex ({@code GET /v1/users/me}) and stored only if Hex
 * accepts it as a user's token. When Hex refuses it or cannot be reached, the answer carries a fresh one-time link
 * token (same deadline) so the user can try again.
 */
@RestController
class PersonalTokenPage {

    private static final Logger log = LoggerFactory.getLogger(PersonalTokenPage.class);

    /** Hex tokens are short ASCII strings; anything else is a paste accident, not worth asking Hex about. */
    private static final int MAX_TOKEN_LENGTH = 512;

    private final ConnectLinks links;
    private final HexTokenCheck hex;
    private final AuthorizationGrants grants;

    PersonalTokenPage(ConnectLinks links, HexTokenCheck hex, AuthorizationGrants grants) {
        this.links = links;
        this.hex = hex;
        this.grants = grants;
    }

    @GetMapping("/connect/hex-api")
    Mono<ResponseEntity<String>> form(@RequestParam(name = "link", required = false) String link) {
        return Blocking.call(() -> links.inspect(link)).map(state -> {
            if (!state.valid() || state.link().provider() != Provider.HEX_API) {
                return Pages.link(state.valid() ? LinkState.Status.UNKNOWN : state.status());
            }
            return Pages.form(HttpStatus.OK, state.link().userKey(), link, null);
        });
    }

    @PostMapping("/connect/hex-api")
    Mono<ResponseEntity<String>> submit(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String link = form.getFirst("link");
            String token = trimmed(form);
            return Blocking.call(() -> links.consume(link)).flatMap(state -> {
                if (!state.valid() || state.link().provider() != Provider.HEX_API) {
                    return Mono.just(Pages.link(state.valid() ? LinkState.Status.UNKNOWN : state.status()));
                }
                ConnectLink consumed = state.link();
                if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH
                        || token.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                    return retry(consumed, HttpStatus.BAD_REQUEST, "Not a Hex token",
                            "That does not look like a Hex API token (one line, no spaces). Nothing was stored.");
                }
                return hex.check(token).flatMap(outcome -> decide(consumed, token, outcome));
            });
        });
    }

    private Mono<ResponseEntity<String>> decide(ConnectLink link, String token, HexTokenCheck.Outcome outcome) {
        if (outcome instanceof HexTokenCheck.Accepted accepted) {
            return Blocking.call(() -> {
                // with the attempt it completes (if any) and AuthorizationGranted in the outbox, in one transaction
                grants.hexApiGranted(link.userKey(),
                        new HexApiCredential(token, accepted.hexUserId(), accepted.email()), link.attemptId());
                log.info("stored a Hex API token for user {} (Hex user {})", link.userKey(), accepted.hexUserId());
                return Pages.stored(accepted.email());
            });
        }
        if (outcome instanceof HexTokenCheck.Refused refused) {
            log.info("Hex refused the API token offered for user {} ({})", link.userKey(), refused.status());
            return retry(link, HttpStatus.BAD_REQUEST, "Hex refused this token",
                    "Hex refused this token (HTTP " + refused.status() + "). Check that you copied all of it and"
                            + " that it is not expired or revoked. Nothing was stored.");
        }
        if (outcome instanceof HexTokenCheck.NotAPersonalToken) {
            return retry(link, HttpStatus.BAD_REQUEST, "Not a personal token",
                    "Hex accepts this token, but it belongs to the workspace, not to a person. Paste your own"
                            + " personal token (it starts with hxtp_). Nothing was stored.");
        }
        HexTokenCheck.Unreachable unreachable = (HexTokenCheck.Unreachable) outcome;
        log.warn("could not check an API token with Hex for user {}: {}", link.userKey(), unreachable.reason());
        return retry(link, HttpStatus.BAD_GATEWAY, "Hex could not be reached",
                "Hex could not be reached to check the token, so it was not stored. Try again in a moment.");
    }

    /** The same form again with a fresh one-time link token, or, if the first link has run out, no form. */
    private Mono<ResponseEntity<String>> retry(ConnectLink consumed, HttpStatus status, String title, String problem) {
        return Blocking.call(() -> {
            Optional<IssuedLink> fresh = links.reissue(consumed);
            return fresh.map(issued -> Pages.form(status, consumed.userKey(), issued.token(), problem))
                    .orElseGet(() -> Pages.problemWithoutRetry(status, title, problem));
        });
    }

    private static String trimmed(MultiValueMap<String, String> form) {
        String token = form.getFirst("token");
        return token == null ? "" : token.trim();
    }
}
