package dev.hexgate.vault.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server (the JDK's) standing in for an MCP server and/or authorization server whose documents a test
 * chooses: metadata where the emulator would not put it, or metadata that must be refused. Unknown paths get 404.
 * It records every path asked for, so tests can check the order discovery looks in.
 */
final class MetadataServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch released = new CountDownLatch(1);

    private MetadataServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static MetadataServer start() {
        try {
            return new MetadataServer();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    MetadataServer json(String path, String body) {
        answers.put(path, new Answer(200, Map.of("Content-Type", "application/json"), body, false));
        return this;
    }

    MetadataServer status(String path, int status, Map<String, String> headers) {
        answers.put(path, new Answer(status, headers, "", false));
        return this;
    }

    /** Accepts the request and never answers (until the server closes). */
    MetadataServer hang(String path) {
        answers.put(path, new Answer(0, Map.of(), "", true));
        return this;
    }

    List<String> requestedPaths() {
        synchronized (requested) {
            return List.copyOf(requested);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requested.add(path);
        exchange.getRequestBody().readAllBytes();
        Answer answer = answers.getOrDefault(path, new Answer(404, Map.of(), "", false));
        if (answer.hang()) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private record Answer(int status, Map<String, String> headers, String body, boolean hang) {
    }
}
