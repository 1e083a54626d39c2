package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.oauth.AuthorizationErrors.ErrorPage;
import dev.hexgate.emulator.oauth.AuthorizationErrors.ErrorRedirect;
import dev.hexgate.emulator.oauth.AuthorizationRequest.Prompt;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /oauth2/authorize} and the consent page's answer, {@code POST /oauth2/authorize/decision}. Hex sends the
 * user to its identity provider to sign in and approve; the emulator has no passwords, so the consent page lets the
 * user pick which seeded workspace user to be. With auto-approve configured the page is skipped.
 */
@RestController
class AuthorizationController {

    static final String DECISION_PATH = OAuthUrls.AUTHORIZE_PATH + "/decision";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final AuthorizationRequestValidator validator;
    private final PendingConsents pending;
    private final AuthorizationCodeStore codes;
    private final ConsentPage page;
    private final OAuthSettings settings;
    private final OAuthUrls urls;
    private final Workspace workspace;

    AuthorizationController(AuthorizationRequestValidator validator, PendingConsents pending,
            AuthorizationCodeStore codes, ConsentPage page, OAuthSettings settings, OAuthUrls urls,
            Workspace workspace) {
        this.validator = validator;
        this.pending = pending;
        this.codes = codes;
        this.page = page;
        this.settings = settings;
        this.urls = urls;
        this.workspace = workspace;
    }

    @GetMapping(OAuthUrls.AUTHORIZE_PATH)
    ResponseEntity<String> authorize(@RequestParam MultiValueMap<String, String> query) {
        AuthorizationRequest request = validator.validate(query);
        Optional<String> autoApprove = settings.current().autoApproveEmail();
        if (request.prompt() == Prompt.NONE && autoApprove.isEmpty()) {
            throw new ErrorRedirect(request.redirectUri(), request.state(), "consent_required",
                    "prompt=none was requested, but the user has to approve on the consent page");
        }
        if (autoApprove.isPresent() && request.prompt() != Prompt.PAGE) {
            return approve(request, autoApprove.get());
        }
        return html(HttpStatus.OK, page.consent(request, pending.hold(request)));
    }

    @PostMapping(DECISION_PATH)
    Mono<ResponseEntity<String>> decide(ServerWebExchange exchange) {
        return exchange.getFormData().map(values -> {
            FormParameters form = new FormParameters(values);
            AuthorizationRequest request = form.optional(ConsentPage.REQUEST_ID).flatMap(pending::take)
                    .orElseThrow(() -> new ErrorPage("This authorization request is unknown, was already answered "
                            + "or has expired. Start again from the application."));
            String decision = form.optional(ConsentPage.DECISION).orElse("");
            if (decision.equals(ConsentPage.DENY)) {
                throw new ErrorRedirect(request.redirectUri(), request.state(), "access_denied",
                        "The user denied the authorization request");
            }
            if (!decision.equals(ConsentPage.APPROVE)) {
                throw new ErrorPage("The consent form was answered with neither approve nor deny.");
            }
            return approve(request, form.optional(ConsentPage.USER).orElse(""));
        });
    }

    private ResponseEntity<String> approve(AuthorizationRequest request, String email) {
        User user = workspace.userByEmail(email)
                .orElseThrow(() -> new ErrorPage("There is no workspace user with that email."));
        String code = codes.issue(request, user.email());
        return redirect(AuthorizationResponses.success(request.redirectUri(), code, request.state(), urls.issuer()));
    }

    @ExceptionHandler(ErrorRedirect.class)
    ResponseEntity<String> errorRedirect(ErrorRedirect e) {
        return redirect(AuthorizationResponses.error(e.redirectUri(), e.error(), e.getMessage(), e.state(),
                urls.issuer()));
    }

    @ExceptionHandler(ErrorPage.class)
    ResponseEntity<String> errorPage(ErrorPage e) {
        return html(HttpStatus.BAD_REQUEST, page.error(e.getMessage()));
    }

    // Only the decision form can get here (a repeated field); the authorize checks turn these into pages/redirects.
    @ExceptionHandler(OAuthException.class)
    ResponseEntity<String> malformedDecision(OAuthException e) {
        return html(HttpStatus.BAD_REQUEST, page.error(e.getMessage()));
    }

    private static ResponseEntity<String> redirect(URI location) {
        return ResponseEntity.status(HttpStatus.FOUND).location(location).cacheControl(CacheControl.noStore()).build();
    }

    /** Pages are never cached or framed (clickjacking the Approve button) and leak no referrer. */
    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .body(body);
    }
}
