package dev.hexgate.vault.oauth;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * Sends OAuth and discovery requests without blocking a thread: Nimbus builds each request and parses each
 * response, the JDK {@link HttpClient} carries them asynchronously. Every exchange has a connect timeout and an
 * overall timeout (headers and body), and bodies are capped, because the URLs come from documents a remote server
 * chose. Redirects are never followed: an OAuth endpoint that redirects is a misconfiguration, not something to
 * chase with credentials in the body.
 */
final class OAuthHttp {

    /** Far above any metadata document or token response; a larger body is not one of those. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    // The JDK sets these itself and refuses them from callers.
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final HttpClient client;
    private final Duration requestTimeout;

    OAuthHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                // No h2c upgrade dance on plain-HTTP test servers; Hex answers HTTP/1.1 as well.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
    }

    /** A request Nimbus built (token, registration, revocation). */
    Mono<HTTPResponse> send(HTTPRequest request, String what) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.getURI());
        request.getHeaderMap().forEach((name, values) -> {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        String body = request.getBody();
        builder.method(request.getMethod().name(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return exchange(builder, what);
    }

    /** GET of a JSON document (metadata). */
    Mono<HTTPResponse> getJson(URI uri, String what) {
        return exchange(HttpRequest.newBuilder(uri).GET().header("Accept", "application/json"), what);
    }

    /** A POST with a body and headers of the caller's choosing (the unauthenticated MCP probe). */
    Mono<HTTPResponse> post(URI uri, Map<String, String> headers, String body, String what) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        return exchange(builder, what);
    }

    private Mono<HTTPResponse> exchange(HttpRequest.Builder builder, String what) {
        HttpRequest request = builder.timeout(requestTimeout).build();
        return Mono.fromFuture(() -> client.sendAsync(request, info -> new BoundedBody()))
                // HttpRequest.timeout covers the wait for headers only; this also bounds a body that trickles.
                .timeout(requestTimeout)
                .map(OAuthHttp::toNimbus)
                .onErrorMap(e -> failure(what, e));
    }

    private OAuthTransportException failure(String what, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof OAuthTransportException transport) {
            return new OAuthTransportException(what + ": " + transport.getMessage(), transport);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new OAuthTransportException(what + ": could not connect in time", cause);
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return new OAuthTransportException(what + ": no complete answer within " + requestTimeout, cause);
        }
        if (cause instanceof IOException) {
            return new OAuthTransportException(what + ": " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()), cause);
        }
        return new OAuthTransportException(what + ": " + cause, cause);
    }

    private static HTTPResponse toNimbus(HttpResponse<String> response) {
        HTTPResponse nimbus = new HTTPResponse(response.statusCode());
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                nimbus.setHeader(name, values.toArray(String[]::new));
            }
        });
        response.headers().firstValue("Content-Type").ifPresent(contentType -> {
            try {
                nimbus.setContentType(contentType);
            } catch (ParseException e) {
                // An unparseable Content-Type: parsing the body as JSON will then fail with a clear message.
            }
        });
        nimbus.setBody(response.body());
        return nimbus;
    }

    /** Collects a UTF-8 body, giving up (and closing the stream) past {@link #MAX_BODY_BYTES}. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<String> {
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > MAX_BODY_BYTES) {
                    subscription.cancel();
                    result.completeExceptionally(new OAuthTransportException(
                            "the response body is larger than " + MAX_BODY_BYTES + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
