package dev.hexgate.emulator.oauth;

import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * Single-valued reading of OAuth request parameters (query or form). RFC 6749 §3.1/§3.2: a parameter sent more than
 * once makes the request invalid; an empty value counts as absent.
 */
final class FormParameters {

    private final MultiValueMap<String, String> values;

    FormParameters(MultiValueMap<String, String> values) {
        this.values = values;
    }

    /** The value, empty if absent or blank; a {@link DuplicateParameterException} if repeated. */
    Optional<String> optional(String name) {
        List<String> all = values.get(name);
        if (all == null || all.isEmpty()) {
            return Optional.empty();
        }
        if (all.size() > 1) {
            throw new DuplicateParameterException(name);
        }
        String value = all.get(0);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Like {@link #optional} but absent is an {@code invalid_request}. */
    String required(String name) {
        return optional(name).orElseThrow(() -> OAuthException.invalidRequest("Missing parameter: " + name));
    }

    /** A repeated parameter: an {@code invalid_request}. */
    static final class DuplicateParameterException extends OAuthException {
        DuplicateParameterException(String parameter) {
            super("invalid_request", "Parameter sent more than once: " + parameter);
        }
    }
}
