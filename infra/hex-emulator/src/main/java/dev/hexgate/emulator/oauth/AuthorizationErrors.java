package dev.hexgate.emulator.oauth;

/** The two ways an authorization request can fail (RFC 6749 §4.1.2.1). */
final class AuthorizationErrors {

    private AuthorizationErrors() {
    }

    /**
     * The client or redirect URI cannot be trusted, so the user sees an error page and is never redirected
     * (redirecting there would make the server an open redirector).
     */
    static final class ErrorPage extends RuntimeException {
        ErrorPage(String message) {
            super(message, null, false, false);
        }
    }

    /** Anything else: the user agent goes back to the (verified) redirect URI with {@code error} and state. */
    static final class ErrorRedirect extends RuntimeException {
        private final String redirectUri;
        private final String error;
        private final String state;

        ErrorRedirect(String redirectUri, String state, String error, String description) {
            super(description, null, false, false);
            this.redirectUri = redirectUri;
            this.error = error;
            this.state = state;
        }

        String redirectUri() {
            return redirectUri;
        }

        String error() {
            return error;
        }

        String state() {
            return state;
        }
    }
}
