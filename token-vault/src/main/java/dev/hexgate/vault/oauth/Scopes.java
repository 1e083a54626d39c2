package dev.hexgate.vault.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Space-delimited OAuth scope strings (RFC 6749 §3.3), kept in the order first seen and without duplicates. */
final class Scopes {

    /** Asks the authorization server for a refresh token (OpenID Connect Core §11, used by Hex's server). */
    static final String OFFLINE_ACCESS = "offline_access";

    private Scopes() {
    }

    static List<String> split(String scope) {
        Set<String> scopes = new LinkedHashSet<>();
        if (scope != null) {
            for (String part : scope.trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    scopes.add(part);
                }
            }
        }
        return List.copyOf(scopes);
    }

    static List<String> union(Collection<String> first, Collection<String> second) {
        Set<String> scopes = new LinkedHashSet<>(first);
        scopes.addAll(second);
        return List.copyOf(new ArrayList<>(scopes));
    }
}
