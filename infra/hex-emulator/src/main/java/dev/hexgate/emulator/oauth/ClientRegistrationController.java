package dev.hexgate.emulator.oauth;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /oauth2/register}, dynamic client registration (RFC 7591) the way MCP clients use it: open (no initial
 * access token), public clients by default. CORS is open so browser-based MCP clients can register.
 */
@RestController
@CrossOrigin(origins = "*")
class ClientRegistrationController {

    private final ClientRegistry clients;
    private final JsonMapper json;

    ClientRegistrationController(ClientRegistry clients, JsonMapper json) {
        this.clients = clients;
        this.json = json;
    }

    @PostMapping(OAuthUrls.REGISTER_PATH)
    ResponseEntity<ClientInformation> register(
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body) {
        if (!isJson(contentType)) {
            throw new OAuthException("invalid_client_metadata", "Send the client metadata as application/json");
        }
        RegisteredClient client = clients.register(ClientMetadata.parse(parse(body)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(ClientInformation.of(client));
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new OAuthException("invalid_client_metadata", "The request body is not valid JSON");
        }
    }

    @ExceptionHandler(OAuthException.class)
    ResponseEntity<OAuthError> error(OAuthException e) {
        return ResponseEntity.status(e.status()).cacheControl(CacheControl.noStore()).body(e.body());
    }
}
