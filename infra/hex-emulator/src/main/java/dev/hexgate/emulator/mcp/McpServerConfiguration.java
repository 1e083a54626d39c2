package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.EmulatorProperties;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.mcp.server.webflux.transport.WebFluxStreamableServerTransportProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;

/**
 * Hex's hosted MCP server, emulated: Streamable HTTP at {@code /mcp}, tools only. Authentication happens before
 * the transport, in {@code McpBearerFilter}; {@link McpCallerContext} hands the authenticated user to the tools.
 */
@Configuration(proxyBeanMethods = false)
class McpServerConfiguration {

    static final String ENDPOINT = "/mcp";

    @Bean
    WebFluxStreamableServerTransportProvider mcpTransport(McpProperties mcp, EmulatorProperties emulator) {
        return WebFluxStreamableServerTransportProvider.builder()
                .messageEndpoint(ENDPOINT)
                .contextExtractor(new McpCallerContext())
                .securityValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedOrigins(allowedOrigins(mcp, emulator.publicUrl()))
                        .build())
                .build();
    }

    @Bean
    RouterFunction<?> mcpRoutes(WebFluxStreamableServerTransportProvider transport) {
        return transport.getRouterFunction();
    }

    @Bean(destroyMethod = "close")
    McpAsyncServer mcpServer(WebFluxStreamableServerTransportProvider transport, List<HexMcpTool> tools) {
        List<AsyncToolSpecification> specifications = tools.stream()
                .map(tool -> AsyncToolSpecification.builder()
                        .tool(tool.definition())
                        .callHandler(new ToolCallHandler(tool)::call)
                        .build())
                .toList();
        return McpServer.async(transport)
                .serverInfo("hex-emulator", version())
                .instructions("Hex (emulated): ask questions about your data with create_thread, poll get_thread "
                        + "until the status is IDLE, follow up with continue_thread; find projects with "
                        + "search_projects; get_me tells you who you are signed in as.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                // Tools check their own arguments so the error names the argument in plain words.
                .validateToolInputs(false)
                .tools(specifications)
                .build();
    }

    private static List<String> allowedOrigins(McpProperties mcp, URI publicUrl) {
        List<String> origins = new ArrayList<>(mcp.allowedOrigins());
        String origin = publicUrl.getScheme() + "://" + publicUrl.getAuthority();
        if (!origins.contains(origin)) {
            origins.add(origin);
        }
        return origins;
    }

    private static String version() {
        String version = McpServerConfiguration.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
