package dev.hexgate.poller.hex;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.hexclient.mcp.HexMcpException;
import dev.hexgate.hexclient.mcp.LiveToolSchemas;
import dev.hexgate.hexclient.mcp.ToolArgumentMapper;
import dev.hexgate.poller.hex.ThreadReadException.Kind;
import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * {@link ThreadReader} on Hex's MCP server: {@code get_thread} with the MCP Java SDK's async client over Streamable
 * HTTP, as the thread's owner (bearer token from {@link AccessTokens}, asked per HTTP request so a refreshed token is
 * used at once). One initialized session per user is kept (at most {@link #MAX_CLIENTS}), so a poll is one HTTP
 * request, not an MCP handshake each time.
 *
 * <p>Hex's argument names drift ({@code get_thread} took {@code id}, now {@code thread_id}), so when a session is
 * created, right after {@code initialize}, it reads {@code tools/list} once (hex-client's {@link LiveToolSchemas})
 * and maps hexgate's {@code thread_id} onto {@code get_thread}'s live input schema ({@link ToolArgumentMapper}); every
 * poll in that session sends the id under that name. No tool {@code get_thread}, or no property that fits, is a
 * {@code PERMANENT} failure with the mapper's message. hex-client's {@code HexMcpClient} is not used for the call
 * itself because it opens a session per call.
 */
public class McpThreadReader implements ThreadReader, AutoCloseable {

    static final int MAX_CLIENTS = 1000;
    private static final String TOOL = "get_thread";
    /** hexgate's name for the argument; the session knows Hex's. */
    private static final String THREAD_ID = "thread_id";

    private final HexMcpProperties properties;
    private final AccessTokens tokens;
    private final Map<String, Mono<Session>> clients = new ConcurrentHashMap<>();

    public McpThreadReader(HexMcpProperties properties, AccessTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    @Override
    public Mono<ThreadSnapshot> read(String userKey, String threadId) {
        return session(userKey)
                .flatMap(session -> session.client().callTool(McpSchema.CallToolRequest.builder().name(TOOL)
                        .arguments(Map.of(session.threadIdArgument(), threadId)).build()))
                .timeout(properties.timeout())
                .map(result -> snapshot(threadId, result))
                .onErrorMap(error -> !(error instanceof ThreadReadException), error -> translate(threadId, error))
                .doOnError(ThreadReadException.class, error -> {
                    if (error.kind() == Kind.AUTHORIZATION_REQUIRED) {
                        // A cached token Hex refused would otherwise be sent again until it expires, even after
                        // the user signed in again.
                        tokens.forget(userKey);
                    }
                    if (error.kind() != Kind.PERMANENT) {
                        drop(userKey); // a new session (and token) next time
                    }
                });
    }

    /**
     * The user's session: initialized, with get_thread's live name for the thread id read once. A session older
     * than {@code session-ttl} is replaced, so that Hex renaming the argument reaches a running poller; the old one
     * is closed only after the longest call it may still carry.
     */
    private Mono<Session> session(String userKey) {
        Mono<Session> opened = clients.computeIfAbsent(userKey, this::open);
        return opened.flatMap(session -> {
            if (System.nanoTime() - session.openedAt() < properties.sessionTtl().toNanos()) {
                return Mono.just(session);
            }
            if (clients.remove(userKey, opened)) {
                Mono.delay(properties.timeout()).then(session.client().closeGracefully())
                        .subscribe(done -> { }, error -> { });
            }
            return clients.computeIfAbsent(userKey, this::open);
        });
    }

    private Mono<Session> open(String userKey) {
        trim();
        McpAsyncClient client = McpClient.async(transport(userKey))
                .clientInfo(McpSchema.Implementation.builder("hexgate-thread-poller", "1").build())
                .requestTimeout(properties.timeout())
                .build();
        return client.initialize()
                .then(Mono.defer(() -> LiveToolSchemas.read(client, properties.url())))
                .map(schemas -> new Session(client, schemas.argumentNames(TOOL, THREAD_ID).get(THREAD_ID),
                        System.nanoTime()))
                .doOnError(error -> drop(userKey, client))
                .cache();
    }

    private HttpClientStreamableHttpTransport transport(String userKey) {
        URI url = properties.url();
        return HttpClientStreamableHttpTransport.builder(url.getScheme() + "://" + url.getRawAuthority())
                .endpoint(url.getRawPath())
                .asyncHttpRequestCustomizer((request, method, endpoint, body, context) ->
                        tokens.accessToken(userKey).map(token -> request.header("Authorization", "Bearer " + token)))
                .build();
    }

    private static ThreadSnapshot snapshot(String threadId, CallToolResult result) {
        List<String> texts = result.content() == null ? List.of() : result.content().stream()
                .filter(McpSchema.TextContent.class::isInstance)
                .map(c -> ((McpSchema.TextContent) c).text())
                .toList();
        if (Boolean.TRUE.equals(result.isError())) {
            // Hex answers a tool error for unknown threads and bad arguments: asking again will not help.
            throw new ThreadReadException(Kind.PERMANENT, "get_thread " + threadId + " answered an error: "
                    + String.join(" ", texts), null);
        }
        Object structured = result.structuredContent();
        return GetThreadPayload.read(structured == null ? null : EventCodec.toTree(structured), texts);
    }

    private static ThreadReadException translate(String threadId, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ThreadReadException known) {
                return known;
            }
            if (cause instanceof HexMcpException hex && hex.kind() == HexMcpException.Kind.SCHEMA_MISMATCH) {
                // Hex changed get_thread beyond what the mapper knows: polling again will not help.
                return new ThreadReadException(Kind.PERMANENT, hex.getMessage(), null);
            }
            if (cause instanceof McpHttpClientTransportAuthorizationException) {
                return new ThreadReadException(Kind.AUTHORIZATION_REQUIRED,
                        "Hex refused the user's MCP credential reading thread " + threadId, null);
            }
            if (cause instanceof McpError) {
                return new ThreadReadException(Kind.PERMANENT, "get_thread " + threadId + " failed: "
                        + cause.getMessage(), null);
            }
        }
        String what = error instanceof TimeoutException ? "no answer in time" : error.getClass().getSimpleName();
        return new ThreadReadException(Kind.TRANSIENT, "get_thread " + threadId + " failed: " + what, null);
    }

    private void drop(String userKey) {
        Mono<Session> removed = clients.remove(userKey);
        if (removed != null) {
            removed.subscribe(session -> session.client().close(), error -> { });
        }
    }

    private void drop(String userKey, McpAsyncClient client) {
        clients.remove(userKey);
        client.close();
    }

    private void trim() {
        Iterator<String> users = clients.keySet().iterator();
        while (clients.size() >= MAX_CLIENTS && users.hasNext()) {
            drop(users.next());
        }
    }

    @Override
    public void close() {
        clients.keySet().forEach(this::drop);
    }

    /** An initialized session, the name its server's get_thread gives the thread id, and when it was opened. */
    private record Session(McpAsyncClient client, String threadIdArgument, long openedAt) {
    }
}
