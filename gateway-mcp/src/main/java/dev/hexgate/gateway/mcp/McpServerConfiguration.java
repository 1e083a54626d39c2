package dev.hexgate.gateway.mcp;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.gateway.GatewayProperties;
import dev.hexgate.gateway.commands.CommandPublisher;
import dev.hexgate.gateway.tools.ArgumentValidator;
import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.ToolCallHandler;
import dev.hexgate.gateway.tools.ToolDefinitions;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.mcp.server.webflux.transport.WebFluxStreamableServerTransportProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;

/**
 * The MCP server: Streamable HTTP at {@code /mcp}, tools only. Every tool is built the same way from its JSON
 * definition and its {@link HexTool} bean.
 */
@Configuration
class McpServerConfiguration {

    static final String ENDPOINT = "/mcp";

    @Bean
    WebFluxStreamableServerTransportProvider mcpTransport(GatewayProperties properties) {
        return WebFluxStreamableServerTransportProvider.builder()
                .jsonMapper(new JacksonMcpJsonMapper(EventCodec.mapper()))
                .messageEndpoint(ENDPOINT)
                .contextExtractor(new CallerContext())
                .keepAliveInterval(Duration.ofSeconds(30))
                .securityValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedOrigins(properties.allowedOrigins())
                        .build())
                .build();
    }

    @Bean
    RouterFunction<?> mcpRoutes(WebFluxStreamableServerTransportProvider transport) {
        return transport.getRouterFunction();
    }

    @Bean(destroyMethod = "close")
    McpAsyncServer mcpServer(WebFluxStreamableServerTransportProvider transport, List<HexTool> tools,
            CommandPublisher publisher, GatewayProperties properties) {
        ToolDefinitions definitions = new ToolDefinitions(EventCodec.mapper());
        List<AsyncToolSpecification> specifications = tools.stream().map(tool -> {
            ToolDefinitions.ToolDefinition definition = definitions.load(tool.name());
            ToolCallHandler handler = new ToolCallHandler(tool, new ArgumentValidator(definition.inputSchema()),
                    publisher, properties);
            return AsyncToolSpecification.builder().tool(definition.tool()).callHandler(handler::call).build();
        }).toList();
        return McpServer.async(transport)
                .serverInfo("hexgate", version())
                .instructions("Tools for the Hex workspace (hex.tech), called with your own Hex credentials. "
                        + "Lists page by cursor: pass pagination.after from one page as 'after' to get the next.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).logging().build())
                // Arguments are validated by ToolCallHandler, which names the offending argument.
                .validateToolInputs(false)
                .tools(specifications)
                .build();
    }

    private static String version() {
        String version = McpServerConfiguration.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
