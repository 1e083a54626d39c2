package dev.hexgate.hexclient.mcp;

import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * Hex's MCP server (threads), through the official MCP Java SDK client over Streamable HTTP.
 *
 * <p><b>One session per call.</b> Each call opens a session with the caller's token ({@code initialize}), reads
 * {@code tools/list} if the cached list is missing or older than {@link HexMcpSettings#toolsTtl()}, makes the one
 * {@code tools/call}, and closes the session (also on error, timeout or cancel). The token is an argument of every
 * call, never client state, because one client serves many users, and a session must never be shared between two
 * users. Sessions cost an extra round trip or two per call, which is small next to a thread's minutes; every session
 * shares one JDK {@link HttpClient}, so calls create no threads or connection pools of their own.
 *
 * <p><b>Argument names</b> come from Hex's live input schemas ({@link LiveToolSchemas}, {@link ToolArgumentMapper}):
 * Hex's names have drifted, so hexgate's {@code thread_id} and {@code prompt} are sent under whatever names the tool
 * declares. The tool list is cached per client (one client per server), and dropped when the server says it
 * changed.
 *
 * <p><b>Errors</b> are {@link HexMcpException}s: 401 → {@code AUTHORIZATION_REQUIRED}, 403 → {@code FORBIDDEN}, an
 * {@code isError} answer → {@code TOOL_ERROR} with Hex's text, no answer within {@link HexMcpSettings#callTimeout()}
 * → {@code TIMEOUT}. Their messages never contain the token. Nothing here blocks.
 */
public class HexMcpClient {

    public static final String CREATE_THREAD = "create_thread";
    public static final String GET_THREAD = "get_thread";
    public static final String CONTINUE_THREAD = "continue_thread";

    private static final Pattern STATUS = Pattern.compile("(?i)status(?:\\s*code)?\\s*[:=]?\\s*([1-5]\\d\\d)");

    private final HexMcpSettings settings;
    private final String origin;
    private final String endpoint;
    private final HttpClient http;
    private final Clock clock;
    private volatile CachedTools tools;

    public HexMcpClient(HexMcpSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public HexMcpClient(HexMcpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        URI url = settings.mcpUrl();
        this.origin = url.getScheme() + "://" + url.getRawAuthority();
        String path = url.getRawPath();
        this.endpoint = path == null || path.isEmpty() ? "/mcp" : path;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public HexMcpSettings settings() {
        return settings;
    }

    /** {@code create_thread}: asks the Hex agent {@code prompt} in a new thread; answers at once, usually RUNNING. */
    public Mono<HexThread> createThread(String token, String prompt) {
        return thread(token, CREATE_THREAD, ordered("prompt", prompt));
    }

    /** {@code get_thread}: the thread's status and, once IDLE, its messages, tables and link. */
    public Mono<HexThread> getThread(String token, String threadId) {
        return thread(token, GET_THREAD, ordered("thread_id", threadId));
    }

    /** {@code continue_thread}: a follow-up on an IDLE thread (Hex refuses one while it runs: a tool error). */
    public Mono<HexThread> continueThread(String token, String threadId, String prompt) {
        Map<String, Object> arguments = ordered("thread_id", threadId);
        arguments.put("prompt", prompt);
        return thread(token, CONTINUE_THREAD, arguments);
    }

    private Mono<HexThread> thread(String token, String tool, Map<String, Object> arguments) {
        return callTool(token, tool, arguments).map(ThreadAnswers::read);
    }

    /**
     * Any tool, with hexgate's argument names mapped onto the tool's live schema. An {@code isError} answer fails
     * with {@code TOOL_ERROR}.
     */
    public Mono<CallToolResult> callTool(String token, String tool, Map<String, Object> arguments) {
        AtomicBoolean sent = new AtomicBoolean();
        return Mono.usingWhen(Mono.fromSupplier(() -> session(token)),
                        client -> client.initialize()
                                .then(Mono.defer(() -> tools(client, tool)))
                                .flatMap(schemas -> {
                                    Map<String, Object> mapped = schemas.arguments(tool, arguments);
                                    return Mono.defer(() -> {
                                        sent.set(true);
                                        return client.callTool(McpSchema.CallToolRequest.builder().name(tool)
                                                .arguments(mapped).build());
                                    });
                                }),
                        HexMcpClient::close,
                        (client, error) -> close(client),
                        HexMcpClient::close)
                .timeout(settings.callTimeout())
                .onErrorMap(error -> !(error instanceof HexMcpException),
                        error -> translate(tool, error, token, sent.get()))
                .flatMap(result -> Boolean.TRUE.equals(result.isError())
                        ? Mono.error(toolError(tool, result, token)) : Mono.just(result));
    }

    /** Forget the cached tool list; the next call reads {@code tools/list} again. */
    public void forgetTools() {
        tools = null;
    }

    // ---- sessions ---------------------------------------------------------------------------------------------

    private McpAsyncClient session(String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(origin)
                .endpoint(endpoint)
                .clientBuilder(new SharedClient(http))
                .connectTimeout(settings.connectTimeout())
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + token))
                .build();
        return McpClient.async(transport)
                .clientInfo(McpSchema.Implementation.builder("hexgate", "1").build())
                .requestTimeout(settings.callTimeout())
                .initializationTimeout(settings.callTimeout())
                .toolsChangeConsumer(changed -> Mono.fromRunnable(this::forgetTools))
                .build();
    }

    private static Mono<Void> close(McpAsyncClient client) {
        return client.closeGracefully().onErrorComplete();
    }

    /** The cached reading while it is fresh and knows the tool; otherwise {@code tools/list} again. */
    private Mono<LiveToolSchemas> tools(McpAsyncClient client, String tool) {
        CachedTools cached = tools;
        Instant now = clock.instant();
        if (cached != null && cached.readAt().plus(settings.toolsTtl()).isAfter(now) && cached.schemas().has(tool)) {
            return Mono.just(cached.schemas());
        }
        return LiveToolSchemas.read(client, settings.mcpUrl())
                .doOnNext(schemas -> tools = new CachedTools(schemas, now));
    }

    // ---- errors -----------------------------------------------------------------------------------------------

    private HexMcpException toolError(String tool, CallToolResult result, String token) {
        String text = scrub(ThreadAnswers.text(result), token);
        return new HexMcpException(HexMcpException.Kind.TOOL_ERROR, 0, text.isBlank() ? null : text, true,
                "Hex's " + tool + " answered with an error" + (text.isBlank() ? "." : ": " + HexMcpException.clip(text)));
    }

    private HexMcpException translate(String tool, Throwable error, String token, boolean sent) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof McpHttpClientTransportAuthorizationException auth) {
                int status = auth.getResponseInfo() == null ? 401 : auth.getResponseInfo().statusCode();
                return status == 403
                        ? new HexMcpException(HexMcpException.Kind.FORBIDDEN, 403, null, sent,
                                "Hex refused " + tool + " (403): the signed-in user may not use it.")
                        : new HexMcpException(HexMcpException.Kind.AUTHORIZATION_REQUIRED, status, null, false,
                                "Hex's MCP server did not accept the user's sign-in (" + status + ") for " + tool
                                        + ": the token is missing, expired or revoked.");
            }
            if (cause instanceof TimeoutException) {
                return new HexMcpException(HexMcpException.Kind.TIMEOUT, 0, null, sent,
                        "Hex did not answer " + tool + " within " + settings.callTimeout().toSeconds() + " s.");
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof HttpConnectTimeoutException) {
                return new HexMcpException(HexMcpException.Kind.UNREACHABLE, 0, null, false,
                        "Hex's MCP server at " + settings.mcpUrl() + " could not be reached ("
                                + cause.getClass().getSimpleName() + ").");
            }
            if (cause instanceof McpError mcpError && mcpError.getJsonRpcError() != null) {
                String reason = scrub(String.valueOf(mcpError.getJsonRpcError().message()), token);
                return new HexMcpException(HexMcpException.Kind.PROTOCOL, 0, reason, sent,
                        "Hex's MCP server answered " + tool + " with JSON-RPC error "
                                + mcpError.getJsonRpcError().code() + ": " + HexMcpException.clip(reason));
            }
        }
        String message = scrub(String.valueOf(error.getMessage()), token);
        Matcher status = STATUS.matcher(message);
        if (status.find()) {
            int code = Integer.parseInt(status.group(1));
            return new HexMcpException(HexMcpException.Kind.PROTOCOL, code, null, sent,
                    "Hex's MCP server answered " + tool + " with HTTP status " + code + ".");
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return new HexMcpException(HexMcpException.Kind.UNREACHABLE, 0, null, sent,
                        "The connection to Hex's MCP server broke during " + tool + " ("
                                + cause.getClass().getSimpleName() + ").");
            }
        }
        return new HexMcpException(HexMcpException.Kind.PROTOCOL, 0, null, sent,
                "Calling Hex's " + tool + " failed: " + error.getClass().getSimpleName() + ": "
                        + HexMcpException.clip(message));
    }

    /** A message must never carry the token, whatever the SDK put in it. */
    private static String scrub(String text, String token) {
        String scrubbed = text == null ? "" : text;
        if (token != null && !token.isEmpty()) {
            scrubbed = scrubbed.replace(token, "[redacted]");
        }
        return scrubbed.replaceAll("(?i)bearer\\s+\\S+", "Bearer [redacted]");
    }

    private static Map<String, Object> ordered(String name, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(name, value);
        return map;
    }

    private record CachedTools(LiveToolSchemas schemas, Instant readAt) {
    }

    /**
     * The SDK transport builds its own {@link HttpClient} from a builder; this one hands out the client's single
     * shared instance instead (JDK 17's {@code HttpClient} cannot be closed, so one per session would leave its
     * selector thread behind until garbage collection). Settings on it are ignored: the shared client has them.
     */
    private static final class SharedClient implements HttpClient.Builder {

        private final HttpClient client;

        SharedClient(HttpClient client) {
            this.client = client;
        }

        @Override
        public HttpClient.Builder cookieHandler(java.net.CookieHandler cookieHandler) {
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(javax.net.ssl.SSLContext sslContext) {
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(javax.net.ssl.SSLParameters sslParameters) {
            return this;
        }

        @Override
        public HttpClient.Builder executor(java.util.concurrent.Executor executor) {
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
            return this;
        }

        @Override
        public HttpClient.Builder version(HttpClient.Version version) {
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            return this;
        }

        @Override
        public HttpClient.Builder proxy(java.net.ProxySelector proxySelector) {
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(java.net.Authenticator authenticator) {
            return this;
        }

        @Override
        public HttpClient build() {
            return client;
        }
    }
}
