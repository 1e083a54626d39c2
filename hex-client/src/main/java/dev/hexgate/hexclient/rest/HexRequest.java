package dev.hexgate.hexclient.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * One call to Hex's REST API v1, described as data so every operation goes through the same sending, error
 * mapping, rate limiting and retry rules.
 *
 * @param method HTTP method
 * @param pathTemplate path under {@code /v1}, e.g. {@code /projects/{projectId}/runs}
 * @param pathVariables values for the template's variables, in order (encoded by the client)
 * @param query query parameters; a parameter with several values is sent repeated ({@code a=x&a=y})
 * @param body JSON body, or null for none
 * @param rateLimitGroup which of Hex's published limits the call counts against
 * @param headers extra request headers Hex reads, e.g. {@code enable-expanded-stats: true} on GetRunStatus;
 *     never {@code Authorization}, which the client sets from the token
 */
public record HexRequest(
        HttpMethod method,
        String pathTemplate,
        List<String> pathVariables,
        Map<String, List<String>> query,
        JsonNode body,
        RateLimitGroup rateLimitGroup,
        Map<String, String> headers) {

    public HexRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        pathVariables = List.copyOf(pathVariables);
        query = Map.copyOf(new LinkedHashMap<>(query));
        Objects.requireNonNull(rateLimitGroup, "rateLimitGroup");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (headers.keySet().stream().anyMatch(HttpHeaders.AUTHORIZATION::equalsIgnoreCase)) {
            throw new IllegalArgumentException("the Authorization header comes from the token, not the request");
        }
    }

    public HexRequest(HttpMethod method, String pathTemplate, List<String> pathVariables,
            Map<String, List<String>> query, JsonNode body, RateLimitGroup rateLimitGroup) {
        this(method, pathTemplate, pathVariables, query, body, rateLimitGroup, Map.of());
    }

    public static HexRequest get(String pathTemplate, String... pathVariables) {
        return new HexRequest(HttpMethod.GET, pathTemplate, List.of(pathVariables), Map.of(), null,
                RateLimitGroup.HEX_API);
    }

    public HexRequest withQuery(Map<String, List<String>> parameters) {
        return new HexRequest(method, pathTemplate, pathVariables, parameters, body, rateLimitGroup, headers);
    }

    public HexRequest withBody(HttpMethod bodyMethod, JsonNode json) {
        return new HexRequest(bodyMethod, pathTemplate, pathVariables, query, json, rateLimitGroup, headers);
    }

    public HexRequest inGroup(RateLimitGroup group) {
        return new HexRequest(method, pathTemplate, pathVariables, query, body, group, headers);
    }

    /** The same request with one more header (replacing a header of that name). */
    public HexRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new HexRequest(method, pathTemplate, pathVariables, query, body, rateLimitGroup, more);
    }

    /** Reads never change Hex, so they may be repeated after a transient failure; writes may not. */
    public boolean isRead() {
        return method == HttpMethod.GET;
    }

    /** Hex's published rate-limit groups. */
    public enum RateLimitGroup {
        /** RunProject: 20 per minute and 60 per hour per token. */
        RUN_PROJECT,
        /** The default group: 30 per minute and 1800 per hour per token. */
        HEX_API
    }
}
