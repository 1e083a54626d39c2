package dev.hexgate.vault.connect;

import dev.hexgate.vault.Blocking;
import dev.hexgate.vault.access.InternalApiFilter;
import dev.hexgate.vault.access.JsonErrors;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.credentials.UserKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /internal/connect-links {"userKey":…,"provider":"hex-api"}} → 201 {@code {"url":…,"expiresAt":…}}: a
 * one-time link to the page where that user stores a personal API token. The caller hands the URL to the user
 * privately (it is a credential until used). Hex MCP is connected through OAuth instead: 400 for it.
 */
@RestController
class ConnectLinksController {

    private static final Logger log = LoggerFactory.getLogger(ConnectLinksController.class);

    record Request(String userKey, String provider) {
    }

    private final ConnectLinks links;
    private final PublicUrls urls;

    ConnectLinksController(ConnectLinks links, PublicUrls urls) {
        this.links = links;
        this.urls = urls;
    }

    @PostMapping("/internal/connect-links")
    Mono<ResponseEntity<Map<String, Object>>> mint(@RequestBody Request request, ServerWebExchange exchange) {
        if (request == null || !UserKeys.isValid(request.userKey())) {
            return Mono.just(JsonErrors.entity(HttpStatus.BAD_REQUEST, "invalid_user_key",
                    "userKey is 1 to " + UserKeys.MAX_LENGTH + " characters without whitespace"));
        }
        if (!Provider.HEX_API.id().equals(request.provider())) {
            return Mono.just(JsonErrors.entity(HttpStatus.BAD_REQUEST, "unsupported_provider",
                    "connect links are for provider hex-api (a personal API token); hex-mcp connects through OAuth"));
        }
        String service = exchange.getAttribute(InternalApiFilter.SERVICE_ATTRIBUTE);
        return Blocking.call(() -> links.mint(request.userKey(), Provider.HEX_API)).map(issued -> {
            log.info("{} minted a hex-api connect link for user {}, valid until {}", service, request.userKey(),
                    issued.expiresAt());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("url", urls.base() + "/connect/hex-api?link=" + issued.token());
            body.put("expiresAt", issued.expiresAt().toString());
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        });
    }
}
