package dev.hexgate.local;

import dev.hexgate.local.LocalStackSettings.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.json.JsonMapper;

/** token-vault's admin API of a running stack, with the stack's admin token, as an operator would use it. */
final class VaultAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private VaultAdmin() {
    }

    static HttpResponse<String> call(RunningStack stack, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.baseUrlOf(Service.TOKEN_VAULT) + path))
                .header("Authorization", "Bearer " + stack.adminToken())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new gateway API key for {@code user}. */
    static String issueApiKey(RunningStack stack, String user) {
        HttpResponse<String> issued = call(stack, "POST", "/admin/api-keys", "{\"user\":\"" + user + "\"}");
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("issuing an API key answered " + issued.statusCode());
        }
        return JsonMapper.shared().readTree(issued.body()).get("apiKey").asString();
    }
}
