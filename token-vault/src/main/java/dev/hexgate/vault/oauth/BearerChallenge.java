package dev.hexgate.vault.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Bearer} challenge of a {@code WWW-Authenticate} header (RFC 6750 §3, RFC 9728 §5.1), as an MCP server
 * sends it with a 401 or a 403: where its protected-resource metadata is, which scopes it wants, and why it refused.
 *
 * @param resourceMetadata  {@code resource_metadata}, or null when absent or not an absolute URL
 * @param scopes            {@code scope}, split on spaces; empty when absent
 * @param error             {@code error} (e.g. {@code invalid_token}, {@code insufficient_scope}), or null
 */
public record BearerChallenge(URI resourceMetadata, List<String> scopes, String error) {

    public static final BearerChallenge NONE = new BearerChallenge(null, List.of(), null);

    public BearerChallenge {
        scopes = List.copyOf(scopes);
    }

    /**
     * The Bearer challenge in a {@code WWW-Authenticate} value, which may hold several challenges
     * ({@code Bearer …, DPoP …}). Empty when there is none or the value is null.
     */
    public static Optional<BearerChallenge> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        for (Challenge challenge : new Tokenizer(header).challenges()) {
            if (challenge.scheme().equalsIgnoreCase("Bearer")) {
                Map<String, String> params = challenge.params();
                String scope = params.get("scope");
                return Optional.of(new BearerChallenge(absoluteUri(params.get("resource_metadata")),
                        scope == null ? List.of() : Scopes.split(scope), params.get("error")));
            }
        }
        return Optional.empty();
    }

    /** A 403 asking for more scopes (step-up authorization, MCP "scope challenge handling"). */
    public boolean insufficientScope() {
        return "insufficient_scope".equals(error);
    }

    private static URI absoluteUri(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value.trim());
            return uri.isAbsolute() && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private record Challenge(String scheme, Map<String, String> params) {
    }

    /**
     * RFC 9110 §11.6.1 challenges: {@code scheme [token68 | param ("," param)*]} separated by commas, where a param
     * is {@code name = (token | quoted-string)}. A name followed by {@code =} is a parameter; any other token starts
     * the next challenge.
     */
    private static final class Tokenizer {
        private final String input;
        private int position;

        Tokenizer(String input) {
            this.input = input;
        }

        List<Challenge> challenges() {
            List<Challenge> challenges = new ArrayList<>();
            Map<String, String> params = null;
            while (skipSeparators()) {
                String token = token();
                if (token.isEmpty()) {
                    position++; // a stray character: skip it rather than loop
                    continue;
                }
                skipSpaces();
                if (params != null && peek() == '=') {
                    position++;
                    skipSpaces();
                    params.putIfAbsent(token.toLowerCase(Locale.ROOT), peek() == '"' ? quoted() : token());
                } else {
                    params = new LinkedHashMap<>();
                    challenges.add(new Challenge(token, params));
                    skipToken68();
                }
            }
            return challenges;
        }

        /** Skips spaces and commas; false at the end of the input. */
        private boolean skipSeparators() {
            while (position < input.length() && (input.charAt(position) == ',' || isSpace(input.charAt(position)))) {
                position++;
            }
            return position < input.length();
        }

        private void skipSpaces() {
            while (position < input.length() && isSpace(input.charAt(position))) {
                position++;
            }
        }

        private char peek() {
            return position < input.length() ? input.charAt(position) : '\0';
        }

        private String token() {
            int start = position;
            while (position < input.length()) {
                char c = input.charAt(position);
                if (c == '=' || c == ',' || c == '"' || isSpace(c)) {
                    break;
                }
                position++;
            }
            return input.substring(start, position);
        }

        /** {@code =} signs ending a token68 (base64 padding) rather than introducing a value. */
        private boolean token68Tail() {
            int p = position;
            while (p < input.length() && input.charAt(p) == '=') {
                p++;
            }
            while (p < input.length() && isSpace(input.charAt(p))) {
                p++;
            }
            return p - position > 1 || (p < input.length() && input.charAt(p) == ',') || p == input.length();
        }

        /** A token68 right after a scheme ({@code Basic dXNlcg==}) is not a parameter: step over it. */
        private void skipToken68() {
            int start = position;
            String token = token();
            skipSpaces();
            if (token.isEmpty() || (peek() == '=' && !token68Tail())) {
                position = start; // it was the first parameter's name
                return;
            }
            while (peek() == '=') {
                position++;
            }
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            position++; // opening quote
            while (position < input.length()) {
                char c = input.charAt(position++);
                if (c == '\\' && position < input.length()) {
                    value.append(input.charAt(position++));
                } else if (c == '"') {
                    break;
                } else {
                    value.append(c);
                }
            }
            return value.toString();
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t';
        }
    }
}
