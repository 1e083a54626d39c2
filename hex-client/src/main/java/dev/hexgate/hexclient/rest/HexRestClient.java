package dev.hexgate.hexclient.rest;

import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.error.HexApiException.Kind;
import dev.hexgate.hexclient.error.HexErrorParser;
import dev.hexgate.hexclient.projects.ListProjectsQuery;
import dev.hexgate.hexclient.projects.Project;
import dev.hexgate.hexclient.projects.ProjectPage;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hex REST API v1 over a non-blocking {@link WebClient}. The token is an argument of every call rather than client
 * state, because one client serves many users, each with their own credential.
 *
 * <p>This class does not retry: whether a call may be repeated depends on the operation, which the caller knows.
 */
public class HexRestClient {

    private final WebClient webClient;
    private final HexClientSettings settings;
    private final String baseUrl;
    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final HexErrorParser errors = new HexErrorParser(mapper);

    public HexRestClient(HexClientSettings settings) {
        this.settings = settings;
        this.baseUrl = HexApiBaseUrl.normalise(settings.baseUrl());
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .responseTimeout(settings.responseTimeout());
        this.webClient = WebClient.builder()
                .baseUrl(HexApiBaseUrl.normalise(settings.baseUrl()))
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultHeader(HttpHeaders.USER_AGENT, "hexgate")
                .build();
    }

    /** {@code GET /v1/projects}: one page. */
    public Mono<ProjectPage> listProjects(String token, ListProjectsQuery query) {
        return get(token, uri -> {
            UriBuilder builder = uri.path("/projects");
            query.forEachParameter(builder::queryParam);
            return builder.build();
        }, ProjectPage.class);
    }

    /** {@code GET /v1/projects/{projectId}}. */
    public Mono<Project> getProject(String token, String projectId, boolean includeSharing) {
        return get(token, uri -> {
            UriBuilder builder = uri.path("/projects/{projectId}");
            if (includeSharing) {
                builder.queryParam("includeSharing", true);
            }
            return builder.build(projectId);
        }, Project.class);
    }

    /**
     * Sends any v1 call and answers Hex's JSON as it came (a null body for 204). Errors arrive as
     * {@link HexApiException}, exactly as for the typed methods. Neither retries nor rate limits happen here;
     * see {@link dev.hexgate.hexclient.policy.HexCallPolicy} for that.
     */
    public Mono<HexResponse> send(String token, HexRequest request) {
        WebClient.RequestBodySpec spec = webClient.method(request.method())
                .uri(uriOf(request))
                .headers(h -> {
                    request.headers().forEach(h::set);
                    h.setBearerAuth(token);
                });
        WebClient.RequestHeadersSpec<?> ready = request.body() == null ? spec
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(mapper.writeValueAsBytes(request.body()));
        return ready.exchangeToMono(this::readTree)
                .timeout(settings.responseTimeout().multipliedBy(2))
                .onErrorMap(e -> !(e instanceof HexApiException), this::transportFailure);
    }

    /**
     * Path variables and query values are encoded strictly, each on its own, so no value can add a path segment or
     * a parameter. {@code +} is sent as {@code %2B}: Hex's servers read a bare {@code +} in a query as a space.
     */
    URI uriOf(HexRequest request) {
        URI path = UriComponentsBuilder.fromUriString(baseUrl).path(request.pathTemplate()).encode()
                .buildAndExpand(request.pathVariables().toArray()).toUri();
        UriComponentsBuilder withQuery = UriComponentsBuilder.fromUri(path);
        request.query().forEach((name, values) -> values.forEach(value -> withQuery.queryParam(
                UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8),
                UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B"))));
        return withQuery.build(true).toUri();
    }

    private Mono<HexResponse> readTree(ClientResponse response) {
        int status = response.statusCode().value();
        return response.bodyToMono(byte[].class)
                .defaultIfEmpty(new byte[0])
                .handle((body, sink) -> {
                    if (status >= 400) {
                        HttpHeaders headers = response.headers().asHttpHeaders();
                        sink.error(errors.parse(status, body, headers.getFirst(HttpHeaders.RETRY_AFTER),
                                headers.getFirst("x-trace-id")));
                        return;
                    }
                    if (body.length == 0) {
                        sink.next(new HexResponse(status, null));
                        return;
                    }
                    try {
                        sink.next(new HexResponse(status, mapper.readTree(body)));
                    } catch (RuntimeException unreadable) {
                        sink.error(new HexApiException(Kind.HTTP_STATUS, status, null, null, null, null,
                                "Hex answered " + status + " with a body that is not JSON", unreadable));
                    }
                });
    }

    private <T> Mono<T> get(String token, java.util.function.Function<UriBuilder, java.net.URI> uri, Class<T> type) {
        return webClient.get()
                .uri(uri)
                .headers(h -> h.setBearerAuth(token))
                .exchangeToMono(response -> read(response, type))
                // responseTimeout covers the wait for headers; this bounds a body that trickles in forever.
                .timeout(settings.responseTimeout().multipliedBy(2))
                .onErrorMap(e -> !(e instanceof HexApiException), this::transportFailure);
    }

    /** A typed answer: the same reading and error mapping as {@link #send}, then Hex's JSON as {@code type}. */
    private <T> Mono<T> read(ClientResponse response, Class<T> type) {
        return readTree(response).handle((answer, sink) -> {
            try {
                sink.next(mapper.treeToValue(answer.body(), type));
            } catch (RuntimeException unreadable) {
                sink.error(new HexApiException(Kind.HTTP_STATUS, answer.status(), null, null, null, null,
                        "Hex answered " + answer.status() + " with a body that is not a " + type.getSimpleName(),
                        unreadable));
            }
        });
    }

    private HexApiException transportFailure(Throwable error) {
        Throwable cause = error instanceof WebClientRequestException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof TimeoutException || cause instanceof ReadTimeoutException) {
            return new HexApiException(Kind.TIMEOUT, 0, null, null, null, null,
                    "Hex did not answer within " + settings.responseTimeout().toSeconds() + " s", error);
        }
        String why = cause instanceof ConnectException ? "connection refused" : cause.getClass().getSimpleName();
        return new HexApiException(Kind.UNREACHABLE, 0, null, null, null, null,
                "Hex could not be reached at " + HexApiBaseUrl.normalise(settings.baseUrl()) + " (" + why + ")",
                error);
    }
}
