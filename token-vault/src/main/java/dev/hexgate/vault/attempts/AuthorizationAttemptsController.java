package dev.hexgate.vault.attempts;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.codec.MalformedEventException;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.vault.Blocking;
import dev.hexgate.vault.access.InternalApiFilter;
import dev.hexgate.vault.access.JsonErrors;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.credentials.UserKeys;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /internal/authorization-attempts {"userKey":…,"provider":"hex-mcp"|"hex-api","command":{…}}} → 201
 * {@code {"startUrl":"<public url>/connect/start?attempt=<token>","expiresAt":…}}. The command (a
 * {@code CommandRequested}, optional) is parked with the attempt and comes back in {@code AuthorizationGranted}. It
 * must be the same user's. It is stored, never logged. The caller hands the start URL to the user privately.
 */
@RestController
class AuthorizationAttemptsController {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationAttemptsController.class);

    record Request(String userKey, String provider, JsonNode command) {
    }

    private final AuthorizationAttempts attempts;
    private final StartUrls urls;

    AuthorizationAttemptsController(AuthorizationAttempts attempts, StartUrls urls) {
        this.attempts = attempts;
        this.urls = urls;
    }

    @PostMapping("/internal/authorization-attempts")
    Mono<ResponseEntity<Map<String, Object>>> create(@RequestBody Request request, ServerWebExchange exchange) {
        if (request == null || !UserKeys.isValid(request.userKey())) {
            return Mono.just(JsonErrors.entity(HttpStatus.BAD_REQUEST, "invalid_user_key",
                    "userKey is 1 to " + UserKeys.MAX_LENGTH + " characters without whitespace"));
        }
        Optional<Provider> provider = Provider.byId(request.provider());
        if (provider.isEmpty()) {
            return Mono.just(JsonErrors.entity(HttpStatus.BAD_REQUEST, "unknown_provider",
                    "provider is hex-mcp or hex-api"));
        }
        String parked = null;
        if (request.command() != null && !request.command().isNull()) {
            CommandRequested command;
            try {
                command = EventCodec.decode(EventCodec.mapper().writeValueAsBytes(request.command()),
                        CommandRequested.class);
            } catch (MalformedEventException | IllegalArgumentException e) {
                return Mono.just(JsonErrors.entity(HttpStatus.BAD_REQUEST, "invalid_command",
                        "command is not a CommandRequested"));
            }
            if (command.commandId() == null || !request.userKey().equals(command.userKey())) {
                return Mono.just(JsonErrors.entity(HttpStatus.BAD_REQUEST, "invalid_command",
                        "command needs a commandId and must be the same user's (userKey)"));
            }
            parked = new String(EventCodec.encode(command), StandardCharsets.UTF_8);
        }
        String service = exchange.getAttribute(InternalApiFilter.SERVICE_ATTRIBUTE);
        String command = parked;
        return Blocking.call(() -> attempts.create(request.userKey(), provider.get(), command)).map(issued -> {
            log.info("{} started authorization attempt {} for user {} ({}, {}), valid until {}", service,
                    issued.id(), request.userKey(), provider.get().id(),
                    command == null ? "nothing parked" : "a command parked", issued.expiresAt());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("startUrl", urls.startUrl(issued));
            body.put("expiresAt", issued.expiresAt().toString());
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        });
    }
}
