package dev.hexgate.testkit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a shared resource runs in a Testcontainers container instead of in-process.
 *
 * <p>Containers are used only when <em>asked for</em> — system property {@value #PROPERTY}{@code =true} or
 * environment variable {@value #ENV}{@code =true}; the property wins when both are set — <em>and</em> the
 * Testcontainers module is on the test classpath <em>and</em> a Docker engine answers. Otherwise the in-process
 * implementation is used and a warning says why, so an opt-in never turns into a red build on a machine without
 * Docker.
 *
 * <p>This class never touches a Testcontainers type itself: those dependencies are optional, and the classes are
 * only loaded once the checks here have passed.
 */
public final class ContainerOptIn {

    public static final String PROPERTY = "hexgate.testkit.containers";
    public static final String ENV = "HEXGATE_TESTKIT_CONTAINERS";

    private static final Logger log = LoggerFactory.getLogger(ContainerOptIn.class);
    private static final String DOCKER_CLIENT_FACTORY = "org.testcontainers.DockerClientFactory";

    private ContainerOptIn() {
    }

    /** Whether this JVM asked for containers (does not check that they can run). */
    public static boolean requested() {
        return requested(System.getProperty(PROPERTY), System.getenv(ENV));
    }

    /**
     * Whether {@code resource} should run in a container.
     *
     * @param resource       human name for the log line, e.g. "Kafka"
     * @param containerClass the Testcontainers class the container implementation needs, checked for presence
     */
    public static boolean shouldUseContainer(String resource, String containerClass) {
        if (!requested()) {
            return false;
        }
        if (!onClasspath(DOCKER_CLIENT_FACTORY) || !onClasspath(containerClass)) {
            log.warn("{}: containers requested but {} is not on the test classpath; running it in-process",
                    resource, containerClass);
            return false;
        }
        if (!DockerCheck.dockerAvailable()) {
            log.warn("{}: containers requested but no Docker engine is reachable; running it in-process", resource);
            return false;
        }
        return true;
    }

    static boolean requested(String propertyValue, String envValue) {
        String value = propertyValue != null ? propertyValue : envValue;
        return value != null && Boolean.parseBoolean(value.trim());
    }

    private static boolean onClasspath(String className) {
        try {
            // initialize=false: presence only, no static initialisers (Testcontainers' would probe Docker)
            Class.forName(className, false, ContainerOptIn.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
