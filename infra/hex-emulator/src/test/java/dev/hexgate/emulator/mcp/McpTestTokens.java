package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.mcpauth.McpTokenVerifier;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test-only access tokens for {@code /mcp}, standing in for tokens from the emulator's OAuth server. Primary so it
 * also wins once the real verifier is on the classpath. Import it in every MCP test class (same import, same
 * Spring context).
 */
@TestConfiguration(proxyBeanMethods = false)
public class McpTestTokens {

    public static final String PRIYA = "mcp-test-priya";   // EDITOR
    public static final String DANIEL = "mcp-test-daniel"; // MANAGER
    public static final String ALEX = "mcp-test-alex";     // GUEST

    private static final Map<String, String> EMAILS = Map.of(
            PRIYA, "priya.natarajan@fernbrook.example",
            DANIEL, "daniel.reyes@fernbrook.example",
            ALEX, "alex.brennan@fernbrook.example");

    @Bean
    @Primary
    McpTokenVerifier testMcpTokenVerifier(Workspace workspace) {
        return token -> Optional.ofNullable(EMAILS.get(token)).flatMap(workspace::userByEmail);
    }

    /** The user a test token stands for. */
    public static User user(Workspace workspace, String token) {
        return workspace.userByEmail(EMAILS.get(token)).orElseThrow();
    }
}
