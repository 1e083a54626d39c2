package dev.hexgate.gateway;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The MCP endpoint for agents: authenticates, validates, publishes commands and awaits their results. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayMcpApplication {

    /** Own config file name, so that several services can share one JVM without reading each other's settings. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(GatewayMcpApplication.class)
                .main(GatewayMcpApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=gateway-mcp");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
