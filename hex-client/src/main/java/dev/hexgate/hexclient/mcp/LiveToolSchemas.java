package dev.hexgate.hexclient.mcp;

import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * One reading of a Hex MCP server's {@code tools/list}: every page, the tools by name. Hex publishes no schemas and
 * its argument names drift, so callers read the list at runtime and send hexgate's arguments under the names the
 * live input schemas declare ({@link ToolArgumentMapper}). Immutable; how long to trust a reading is the caller's
 * choice ({@link HexMcpClient}: {@link HexMcpSettings#toolsTtl()}; thread-poller: one per user session).
 */
public final class LiveToolSchemas {

    /** A server that keeps handing out cursors must not hold a call forever. */
    public static final int MAX_PAGES = 50;

    private final URI server;
    private final Map<String, Tool> byName;

    private LiveToolSchemas(URI server, Map<String, Tool> byName) {
        this.server = server;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Reads every page of {@code tools/list} through an initialized session.
     *
     * @param client an initialized MCP client (session)
     * @param server the server's URL, for messages
     */
    public static Mono<LiveToolSchemas> read(McpAsyncClient client, URI server) {
        return client.listTools(null)
                .expand(page -> page.nextCursor() == null || page.nextCursor().isBlank() ? Mono.empty()
                        : client.listTools(page.nextCursor()))
                .take(MAX_PAGES)
                .flatMapIterable(page -> page.tools() == null ? List.<Tool>of() : page.tools())
                .collectList()
                .map(tools -> of(server, tools));
    }

    /** A reading from tools already listed (e.g. those a {@code notifications/tools/list_changed} brought). */
    public static LiveToolSchemas of(URI server, List<Tool> tools) {
        Map<String, Tool> byName = new LinkedHashMap<>();
        tools.forEach(tool -> byName.put(tool.name(), tool));
        return new LiveToolSchemas(server, byName);
    }

    public boolean has(String tool) {
        return byName.containsKey(tool);
    }

    /**
     * The tool's input schema as listed; an empty map when the tool declares none.
     *
     * @throws HexMcpException {@code SCHEMA_MISMATCH} when the server has no such tool
     */
    public Map<String, Object> inputSchema(String tool) {
        Tool found = byName.get(tool);
        if (found == null) {
            throw new HexMcpException(HexMcpException.Kind.SCHEMA_MISMATCH, 0, null, false,
                    "Hex's MCP server at " + server + " has no tool '" + tool + "' (it has " + byName.keySet()
                            + ").");
        }
        return found.inputSchema() == null ? Map.of() : found.inputSchema();
    }

    /**
     * hexgate's arguments under the tool's names ({@link ToolArgumentMapper#map}).
     *
     * @throws HexMcpException {@code SCHEMA_MISMATCH} when there is no such tool or its schema does not fit
     */
    public Map<String, Object> arguments(String tool, Map<String, Object> arguments) {
        return ToolArgumentMapper.map(tool, inputSchema(tool), arguments);
    }

    /**
     * The tool's names for hexgate's argument names ({@link ToolArgumentMapper#names}), for callers that map once
     * and call many times.
     *
     * @throws HexMcpException {@code SCHEMA_MISMATCH} when there is no such tool or its schema does not fit
     */
    public Map<String, String> argumentNames(String tool, String... ours) {
        return ToolArgumentMapper.names(tool, inputSchema(tool), Arrays.asList(ours));
    }

    @Override
    public String toString() {
        return "LiveToolSchemas" + byName.keySet();
    }
}
