package dev.hexgate.gateway.auth;

/**
 * token-vault could not say whether a key is good (unreachable, too slow, an error, or it refused this gateway's
 * service token). Not an answer about the key: the caller is told to retry, and nothing is cached.
 */
public class ApiKeyCheckUnavailableException extends RuntimeException {

    public ApiKeyCheckUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
