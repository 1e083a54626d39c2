package dev.hexgate.testkit;

import org.testcontainers.DockerClientFactory;

/**
 * The one place that asks Testcontainers whether Docker runs. A class of its own so that the optional
 * Testcontainers dependency is only loaded after {@link ContainerOptIn} has seen it on the classpath.
 */
final class DockerCheck {

    private DockerCheck() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }
}
