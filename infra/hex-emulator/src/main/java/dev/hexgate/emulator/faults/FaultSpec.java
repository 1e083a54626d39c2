package dev.hexgate.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * One fault rule as a client posts it to {@code POST /_emulator/faults}: which requests it matches
 * ({@code operationId}, or {@code method} + {@code path}; optionally {@code token} — all given conditions must
 * hold), what it does to them (at least one of {@code delay}, {@code status}, {@code drop}) and how often it fires
 * ({@code probability}, {@code seed}, {@code times}). Checked here for everything that needs no context;
 * {@link FaultRules} checks operation ids and tokens against the running emulator. Defaults are filled in, so the
 * control plane shows the rule as it is applied.
 *
 * @param operationId Hex's operation id, e.g. {@code GetProject} (preferred; exclusive with {@code path})
 * @param method HTTP method, only together with {@code path}; absent = any method
 * @param path Ant-style pattern on the request path including {@code /api}, e.g. {@code /api/v1/projects/**}, or
 *             {@code /mcp} (Hex's MCP server; its callers are OAuth users, so a rule with a {@code token} never
 *             matches there)
 * @param token only requests authenticated with this API token
 * @param delay latency added before the request goes on (or before the fault's answer), e.g. {@code "750ms"}
 * @param answerDelay the route runs at once, and its answer is held this long: Hex has made the change, the client
 *     has not heard yet (a client that gives up, or dies, in that window has lost the answer to a done change)
 * @param status answer with this 4xx/5xx status in the operation's error style instead of running the route
 * @param retryAfter with {@code status}: {@code Retry-After} header in seconds
 * @param drop close the connection without any response
 * @param message with {@code status}: the tsoa {@code reason} / new-style issue text (default: per status)
 * @param probability chance (0..1, default 1) that a matching request is affected
 * @param seed seeds the rule's random sequence (default 0 when {@code probability} is below 1), so an error rate
 *     gives the same pattern every run
 * @param times affect only this many requests, then the rule is spent (absent = no limit)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultSpec(
        String operationId,
        String method,
        String path,
        String token,
        Duration delay,
        Duration answerDelay,
        Integer status,
        Long retryAfter,
        Boolean drop,
        String message,
        Double probability,
        Long seed,
        Integer times) {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    public FaultSpec {
        if ((operationId == null) == (path == null)) {
            throw new IllegalArgumentException("A fault rule matches by exactly one of 'operationId' or 'path'");
        }
        if (method != null) {
            if (path == null) {
                throw new IllegalArgumentException("'method' only goes with 'path' (an operationId implies it)");
            }
            method = method.toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                throw new IllegalArgumentException("'method' must be one of " + METHODS);
            }
        }
        if (path != null && !path.startsWith("/api/") && !path.equals("/mcp") && !path.startsWith("/mcp/")) {
            throw new IllegalArgumentException("'path' is a pattern on the full request path and must start with "
                    + "/api/ or be /mcp, e.g. /api/v1/projects/**");
        }
        if (Boolean.FALSE.equals(drop)) {
            drop = null;
        }
        if (delay == null && answerDelay == null && status == null && drop == null) {
            throw new IllegalArgumentException("A fault rule needs an effect: 'delay', 'answerDelay', 'status' or "
                    + "'drop'");
        }
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("'delay' must not be negative");
        }
        if (answerDelay != null && answerDelay.isNegative()) {
            throw new IllegalArgumentException("'answerDelay' must not be negative");
        }
        if (answerDelay != null && (status != null || drop != null)) {
            throw new IllegalArgumentException("'answerDelay' holds the route's own answer, so it excludes 'status' "
                    + "and 'drop', which replace the route");
        }
        if (drop != null && (status != null || retryAfter != null || message != null)) {
            throw new IllegalArgumentException("'drop' sends no response, so it excludes 'status', 'retryAfter' "
                    + "and 'message'");
        }
        if (status != null && (status < 400 || status > 599 || HttpStatus.resolve(status) == null)) {
            throw new IllegalArgumentException("'status' must be a known 4xx or 5xx status");
        }
        if ((retryAfter != null || message != null) && status == null) {
            throw new IllegalArgumentException("'retryAfter' and 'message' need a 'status'");
        }
        if (retryAfter != null && retryAfter < 0) {
            throw new IllegalArgumentException("'retryAfter' must not be negative");
        }
        if (probability == null) {
            probability = 1.0;
        }
        if (probability.isNaN() || probability < 0 || probability > 1) {
            throw new IllegalArgumentException("'probability' must be between 0 and 1");
        }
        if (seed == null && probability < 1) {
            seed = 0L;
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("'times' must be at least 1");
        }
    }

    /** Whether the rule answers (or drops) the request itself, instead of only delaying it. */
    boolean isTerminal() {
        return status != null || drop != null;
    }
}
