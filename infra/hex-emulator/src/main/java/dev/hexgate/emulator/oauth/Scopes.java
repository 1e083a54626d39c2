package dev.hexgate.emulator.oauth;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scopes Hex's authorization server advertises, and parsing of space-delimited scope strings. */
final class Scopes {

    static final String OFFLINE_ACCESS = "offline_access";
    static final List<String> SUPPORTED = List.of("openid", "profile", "email", OFFLINE_ACCESS);
    /** Granted when an authorization request names no scope (RFC 6749 §3.3 lets the server pick a default). */
    static final Set<String> DEFAULT = Set.of("openid", "profile", "email");

    private Scopes() {
    }

    /** Scope tokens in request order, duplicates dropped; blank yields an empty set. */
    static Set<String> parse(String scope) {
        Set<String> scopes = new LinkedHashSet<>();
        if (scope != null) {
            Arrays.stream(scope.trim().split(" +")).filter(s -> !s.isEmpty()).forEach(scopes::add);
        }
        return scopes;
    }

    static boolean allSupported(Collection<String> scopes) {
        return SUPPORTED.containsAll(scopes);
    }

    /** Supported scopes in the server's canonical order, so responses are stable whatever the request order. */
    static String format(Collection<String> scopes) {
        return String.join(" ", SUPPORTED.stream().filter(scopes::contains).toList());
    }
}
