package dev.hexgate.hexapi.operations.threads;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.hexapi.operations.CredentialKind;
import dev.hexgate.hexapi.operations.HexOperation;
import dev.hexgate.hexapi.operations.OperationRefusedException;
import dev.hexgate.hexclient.mcp.HexMcpClient;
import dev.hexgate.hexclient.mcp.HexThread;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A thread tool of Hex's MCP server, called with the user's own Hex MCP OAuth token ({@link CredentialKind#HEX_MCP}:
 * never the workspace token). The result is Hex's structured answer with Hex's field names, plus {@code threadId},
 * {@code status}, {@code url} and {@code waitTime} wherever Hex put them (e.g. only in its text), so callers can
 * rely on those four.
 */
abstract class ThreadOperation implements HexOperation {

    static final String PROMPT = "prompt";
    static final String THREAD_ID = "thread_id";

    private final HexMcpClient hex;

    ThreadOperation(HexMcpClient hex) {
        this.hex = hex;
    }

    HexMcpClient hex() {
        return hex;
    }

    @Override
    public CredentialKind credential() {
        return CredentialKind.HEX_MCP;
    }

    static Mono<HexResult> result(Mono<HexThread> call) {
        return call.map(thread -> new HexResult(json(thread), 200));
    }

    static ObjectNode json(HexThread thread) {
        ObjectNode result = EventCodec.mapper().createObjectNode();
        result.setAll(thread.hex().deepCopy());
        putIfAbsent(result, "threadId", thread.threadId());
        putIfAbsent(result, "status", thread.status());
        putIfAbsent(result, "url", thread.url());
        if (!result.has("waitTime") && thread.waitTimeSeconds() != null) {
            result.put("waitTime", thread.waitTimeSeconds());
        }
        return result;
    }

    private static void putIfAbsent(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field) && value != null) {
            node.put(field, value);
        }
    }

    /** A required string argument (the gateway has validated it; a command from elsewhere may not be). */
    static String required(JsonNode arguments, String name) {
        JsonNode value = arguments == null ? null : arguments.get(name);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new OperationRefusedException(FailureCode.INVALID_ARGUMENTS,
                    "The argument '" + name + "' is required and must be a non-empty string.");
        }
        return value.asString();
    }

    /**
     * The audit trail's view of a prompt: its SHA-256 and its length in characters, never the text, so a reviewer
     * can match a prompt they are shown without the audit log holding what people asked.
     */
    static ObjectNode promptAudit(JsonNode arguments) {
        ObjectNode audit = EventCodec.mapper().createObjectNode();
        JsonNode prompt = arguments == null ? null : arguments.get(PROMPT);
        String text = prompt != null && prompt.isString() ? prompt.asString() : "";
        audit.put("promptSha256", sha256(text));
        audit.put("promptLength", text.codePointCount(0, text.length()));
        return audit;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
