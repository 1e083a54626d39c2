package dev.hexgate.emulator.mcpauth;

import dev.hexgate.emulator.PublicUrl;
import dev.hexgate.emulator.workspace.User;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Protects {@code /mcp} the way an MCP resource server must (MCP authorization, RFC 9728): every request needs an
 * OAuth access token from the emulator's authorization server; otherwise 401 with a {@code WWW-Authenticate}
 * challenge that names the protected-resource metadata, which is where a client starts discovery. REST API tokens
 * ({@code hxtp_}/{@code hxtw_}) are not accepted here, as on Hex, where MCP access is OAuth only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class McpBearerFilter implements WebFilter {

    public static final String RESOURCE_METADATA_PATH = "/.well-known/oauth-protected-resource/mcp";
    private static final String SCHEME = "Bearer ";

    private final ObjectProvider<McpTokenVerifier> verifier;
    private final PublicUrl publicUrl;

    public McpBearerFilter(ObjectProvider<McpTokenVerifier> verifier, PublicUrl publicUrl) {
        this.verifier = verifier;
        this.publicUrl = publicUrl;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!(path.equals("/mcp") || path.startsWith("/mcp/"))) {
            return chain.filter(exchange);
        }
        Optional<User> user = bearer(exchange.getRequest().getHeaders())
                .flatMap(token -> Optional.ofNullable(verifier.getIfAvailable()).flatMap(v -> v.verify(token)));
        if (user.isEmpty()) {
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer resource_metadata=\"" + resourceMetadataUrl() + "\"");
            return exchange.getResponse().setComplete();
        }
        exchange.getAttributes().put(McpCaller.ATTRIBUTE, new McpCaller(user.get()));
        return chain.filter(exchange);
    }

    /** Absolute URL of the protected-resource metadata document for {@code /mcp}. */
    public String resourceMetadataUrl() {
        return publicUrl.base() + RESOURCE_METADATA_PATH;
    }

    private static Optional<String> bearer(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (value == null || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = value.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
