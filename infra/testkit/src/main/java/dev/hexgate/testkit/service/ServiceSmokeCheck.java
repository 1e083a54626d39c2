package dev.hexgate.testkit.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service the way infra/local does (through its {@code application()} builder, so with its own config
 * file) on a free port, and checks that it reads its own name and reports itself healthy over HTTP.
 */
public final class ServiceSmokeCheck {

    private ServiceSmokeCheck() {
    }

    public static void assertStartsHealthy(SpringApplicationBuilder application, String expectedName) {
        try (ConfigurableApplicationContext context = application.run("--server.port=0")) {
            String name = context.getEnvironment().getProperty("spring.application.name");
            if (!expectedName.equals(name)) {
                throw new AssertionError("expected spring.application.name " + expectedName + " but was " + name
                        + ": the service did not read its own config file");
            }
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() != 200 || !health.body().contains("\"UP\"")) {
                throw new AssertionError(expectedName + " health: " + health.statusCode() + " " + health.body());
            }
        } catch (IOException e) {
            throw new AssertionError(expectedName + " health endpoint did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
