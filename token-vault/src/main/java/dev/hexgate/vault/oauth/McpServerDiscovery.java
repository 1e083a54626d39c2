package dev.hexgate.vault.oauth;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.minidev.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * MCP authorization discovery: MCP endpoint → protected-resource metadata (RFC 9728) → authorization server
 * metadata (RFC 8414 / OpenID Connect Discovery). Each document is checked before the next step trusts it: the
 * resource must be the configured MCP server's, the issuer must be the one the resource named, and the server must
 * offer PKCE S256.
 */
final class McpServerDiscovery {

    private static final Logger log = LoggerFactory.getLogger(McpServerDiscovery.class);

    /** An {@code initialize} request without credentials: the one request every MCP server must authorize. */
    private static final String PROBE = """
            {"jsonrpc":"2.0","id":"hexgate-oauth-discovery","method":"initialize","params":{\
            "protocolVersion":"2025-11-25","capabilities":{},\
            "clientInfo":{"name":"hexgate-oauth-discovery","version":"1"}}}""";

    private final OAuthHttp http;
    private final URI mcpUrl;

    McpServerDiscovery(OAuthHttp http, URI mcpUrl) {
        this.http = http;
        this.mcpUrl = mcpUrl;
    }

    /** Calls the MCP endpoint without a token and follows its challenge (or the well-known locations). */
    Mono<DiscoveredServer> discover() {
        return http.post(mcpUrl, Map.of("Content-Type", "application/json",
                        "Accept", "application/json, text/event-stream"), PROBE, "calling the MCP endpoint " + mcpUrl)
                .map(response -> response.getStatusCode() == HTTPResponse.SC_UNAUTHORIZED
                        ? BearerChallenge.parse(response.getWWWAuthenticate()).orElse(BearerChallenge.NONE)
                        : BearerChallenge.NONE)
                .flatMap(this::discover);
    }

    /** Discovery from a challenge the caller already received (a 401 or 403 on an MCP request). */
    Mono<DiscoveredServer> discover(BearerChallenge challenge) {
        return Mono.defer(() -> discoverFrom(challenge));
    }

    private Mono<DiscoveredServer> discoverFrom(BearerChallenge challenge) {
        List<URI> locations = new ArrayList<>();
        if (challenge.resourceMetadata() != null) {
            locations.add(ResourceUris.requireUsable(challenge.resourceMetadata().toString(), mcpUrl,
                    "resource_metadata in the WWW-Authenticate challenge"));
        }
        for (URI wellKnown : WellKnownUrls.protectedResourceMetadata(mcpUrl)) {
            if (!locations.contains(wellKnown)) {
                locations.add(wellKnown);
            }
        }
        return firstDocument(locations, "protected-resource metadata for " + mcpUrl, this::protectedResource)
                .flatMap(found -> authorizationServer(found.document(), found.url(), challenge));
    }

    private Mono<DiscoveredServer> authorizationServer(ProtectedResource resource, URI resourceMetadataUrl,
            BearerChallenge challenge) {
        // RFC 9728 §7.6 leaves the choice to the client; Hex names one, and the first is the server's preference.
        URI issuerUrl = ResourceUris.requireUsable(resource.authorizationServers().get(0), mcpUrl,
                "authorization_servers[0] in " + resourceMetadataUrl);
        String expectedIssuer = resource.authorizationServers().get(0);
        return firstDocument(WellKnownUrls.authorizationServerMetadata(issuerUrl),
                "authorization server metadata for " + expectedIssuer,
                body -> authorizationServerMetadata(body, expectedIssuer))
                .map(found -> server(resource, resourceMetadataUrl, found.document(), challenge));
    }

    private DiscoveredServer server(ProtectedResource resource, URI resourceMetadataUrl,
            AuthorizationServerMetadata metadata, BearerChallenge challenge) {
        String issuer = metadata.getIssuer().getValue();
        List<CodeChallengeMethod> pkce = metadata.getCodeChallengeMethods();
        if (pkce == null || !pkce.contains(CodeChallengeMethod.S256)) {
            throw new PkceNotSupportedException(issuer);
        }
        if (metadata.getAuthorizationEndpointURI() == null || metadata.getTokenEndpointURI() == null) {
            throw new DiscoveryException("The authorization server " + issuer
                    + " does not name both an authorization_endpoint and a token_endpoint");
        }
        List<String> authMethods = new ArrayList<>();
        if (metadata.getTokenEndpointAuthMethods() == null) {
            authMethods.add(ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue()); // RFC 8414 §2 default
        } else {
            metadata.getTokenEndpointAuthMethods().forEach(method -> authMethods.add(method.getValue()));
        }
        DiscoveredServer server = new DiscoveredServer(
                mcpUrl,
                resource.resource(),
                resourceMetadataUrl,
                issuer,
                usable(metadata.getAuthorizationEndpointURI(), "authorization_endpoint"),
                usable(metadata.getTokenEndpointURI(), "token_endpoint"),
                metadata.getRegistrationEndpointURI() == null ? null
                        : usable(metadata.getRegistrationEndpointURI(), "registration_endpoint"),
                metadata.getRevocationEndpointURI() == null ? null
                        : usable(metadata.getRevocationEndpointURI(), "revocation_endpoint"),
                authMethods,
                scopes(challenge, resource, metadata),
                metadata.supportsAuthorizationResponseIssuerParam());
        log.info("Discovered authorization server {} for MCP server {} (registration: {}, revocation: {})",
                issuer, mcpUrl, server.supportsRegistration(), server.supportsRevocation());
        return server;
    }

    /**
     * MCP scope selection: the scopes the challenge names, else every scope the resource metadata lists, else none
     * (the {@code scope} parameter is then left out). {@code offline_access} is added when the authorization server
     * lists it, because hexgate must keep working for a user who is not there: it needs a refresh token.
     */
    private static List<String> scopes(BearerChallenge challenge, ProtectedResource resource,
            AuthorizationServerMetadata metadata) {
        Set<String> scopes = new LinkedHashSet<>(
                challenge.scopes().isEmpty() ? resource.scopesSupported() : challenge.scopes());
        if (metadata.getScopes() != null && metadata.getScopes().contains(Scopes.OFFLINE_ACCESS)) {
            scopes.add(Scopes.OFFLINE_ACCESS);
        }
        return List.copyOf(scopes);
    }

    private URI usable(URI endpoint, String name) {
        return ResourceUris.requireUsable(endpoint.toString(), mcpUrl, name);
    }

    private ProtectedResource protectedResource(String body) {
        try {
            JSONObject json = JSONObjectUtils.parse(body);
            String resource = JSONObjectUtils.getString(json, "resource", null);
            if (resource == null) {
                throw new DiscoveryException("it has no resource");
            }
            URI resourceUri = ResourceUris.requireUsable(resource, mcpUrl, "resource");
            if (!ResourceUris.covers(resourceUri, mcpUrl)) {
                throw new DiscoveryException("its resource " + resource + " is not the MCP server " + mcpUrl);
            }
            List<String> servers = JSONObjectUtils.getStringList(json, "authorization_servers", List.of());
            if (servers.isEmpty()) {
                throw new DiscoveryException("it names no authorization_servers");
            }
            List<String> scopes = JSONObjectUtils.getStringList(json, "scopes_supported", List.of());
            return new ProtectedResource(resourceUri, List.copyOf(servers), List.copyOf(scopes));
        } catch (ParseException e) {
            throw new DiscoveryException("it is not a protected-resource metadata document: " + e.getMessage());
        }
    }

    private static AuthorizationServerMetadata authorizationServerMetadata(String body, String expectedIssuer) {
        AuthorizationServerMetadata metadata;
        try {
            metadata = AuthorizationServerMetadata.parse(body);
        } catch (ParseException e) {
            throw new DiscoveryException("it is not authorization server metadata: " + e.getMessage());
        }
        // RFC 8414 §3.3: identical issuers, or the document may be an attacker's mix-up. A trailing slash is the
        // one difference tolerated; it does not change which server is meant.
        if (!stripSlash(metadata.getIssuer().getValue()).equals(stripSlash(expectedIssuer))) {
            throw new DiscoveryException("its issuer " + metadata.getIssuer().getValue() + " is not "
                    + expectedIssuer);
        }
        return metadata;
    }

    private static String stripSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /**
     * The first of {@code urls} that answers 200 with a document {@code parse} accepts. Failures are collected so
     * the final error says what was tried and why each location failed.
     */
    private <T> Mono<Found<T>> firstDocument(List<URI> urls, String what, Function<String, T> parse) {
        return Mono.defer(() -> firstDocument(urls, what, parse, new ArrayList<>()));
    }

    private <T> Mono<Found<T>> firstDocument(List<URI> urls, String what, Function<String, T> parse,
            List<String> tried) {
        return Flux.fromIterable(urls)
                .concatMap(url -> http.getJson(url, "GET " + url)
                        .flatMap(response -> {
                            if (response.getStatusCode() != HTTPResponse.SC_OK) {
                                tried.add(url + " (HTTP " + response.getStatusCode() + ")");
                                return Mono.<Found<T>>empty();
                            }
                            try {
                                return Mono.just(new Found<>(url, parse.apply(response.getBody())));
                            } catch (DiscoveryException e) {
                                tried.add(url + " (" + e.getMessage() + ")");
                                return Mono.<Found<T>>empty();
                            }
                        })
                        .onErrorResume(OAuthTransportException.class, e -> {
                            tried.add(url + " (" + e.getMessage() + ")");
                            return Mono.empty();
                        }), 1)
                .next()
                .switchIfEmpty(Mono.defer(() -> Mono.error(new DiscoveryException(
                        "No usable " + what + "; tried " + String.join(", ", tried)))));
    }

    private record Found<T>(URI url, T document) {
    }

    private record ProtectedResource(URI resource, List<String> authorizationServers, List<String> scopesSupported) {
    }
}
