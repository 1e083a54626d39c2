package dev.hexgate.emulator.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends contract sample requests to the emulator with a given token and records each exchange. Samples read
 * response bodies (e.g. a new run's id) to chain the next call.
 */
public final class ContractClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestClient client;
    private final String defaultToken;
    private final List<RecordedExchange> recorded = new ArrayList<>();

    public ContractClient(WebTestClient client, String defaultToken) {
        this.client = client;
        this.defaultToken = defaultToken;
    }

    /** Sends {@code method path?query} with an optional JSON body and returns the parsed response (or null). */
    public JsonNode send(HttpMethod method, String pathAndQuery, String jsonBody) {
        return send(method, pathAndQuery, jsonBody, defaultToken);
    }

    public JsonNode send(HttpMethod method, String pathAndQuery, String jsonBody, String token) {
        URI uri = UriComponentsBuilder.fromUriString(pathAndQuery).build().encode().toUri();
        WebTestClient.RequestBodySpec spec = client.method(method).uri(pathAndQuery)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        WebTestClient.RequestHeadersSpec<?> request = jsonBody == null ? spec
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(jsonBody);
        EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
        byte[] body = result.getResponseBodyContent();
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        MediaType type = result.getResponseHeaders().getContentType();
        recorded.add(new RecordedExchange(method, uri.getPath(), query(pathAndQuery), jsonBody,
                result.getStatus().value(), type == null ? null : type.toString(), text));
        boolean json = type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON) && !text.isEmpty();
        return json ? JSON.readTree(text) : null;
    }

    public JsonNode get(String pathAndQuery) {
        return send(HttpMethod.GET, pathAndQuery, null);
    }

    public List<RecordedExchange> recorded() {
        return List.copyOf(recorded);
    }

    private static Map<String, List<String>> query(String pathAndQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        UriComponentsBuilder.fromUriString(pathAndQuery).build().getQueryParams()
                .forEach((k, v) -> params.put(k, List.copyOf(v)));
        return params;
    }
}
