package dev.hexgate.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

class ContainerOptInTest {

    @Test
    void containersAreOffUnlessAskedFor() {
        assertThat(ContainerOptIn.requested(null, null)).isFalse();
        assertThat(ContainerOptIn.requested("false", null)).isFalse();
        assertThat(ContainerOptIn.requested("yes", null)).isFalse();
    }

    @Test
    void propertyOrEnvironmentAsksForContainers() {
        assertThat(ContainerOptIn.requested("true", null)).isTrue();
        assertThat(ContainerOptIn.requested(" TRUE ", null)).isTrue();
        assertThat(ContainerOptIn.requested(null, "true")).isTrue();
    }

    @Test
    void propertyOverridesEnvironment() {
        assertThat(ContainerOptIn.requested("false", "true")).isFalse();
        assertThat(ContainerOptIn.requested("true", "false")).isTrue();
    }

    @Test
    void notAskingMeansInProcessEvenWithEverythingPresent() {
        boolean decision = withProperty("false",
                () -> ContainerOptIn.shouldUseContainer("Kafka", "org.testcontainers.kafka.KafkaContainer"));

        assertThat(decision).isFalse();
    }

    @Test
    void missingContainerModuleFallsBackToInProcess() {
        boolean decision = withProperty("true",
                () -> ContainerOptIn.shouldUseContainer("Widgets", "org.testcontainers.widgets.WidgetContainer"));

        assertThat(decision).isFalse();
    }

    @Test
    void askingUsesContainersExactlyWhenDockerAnswers() {
        boolean decision = withProperty("true",
                () -> ContainerOptIn.shouldUseContainer("Kafka", "org.testcontainers.kafka.KafkaContainer"));

        assertThat(decision).isEqualTo(DockerClientFactory.instance().isDockerAvailable());
    }

    private static boolean withProperty(String value, BooleanSupplier action) {
        String before = System.getProperty(ContainerOptIn.PROPERTY);
        System.setProperty(ContainerOptIn.PROPERTY, value);
        try {
            return action.getAsBoolean();
        } finally {
            if (before == null) {
                System.clearProperty(ContainerOptIn.PROPERTY);
            } else {
                System.setProperty(ContainerOptIn.PROPERTY, before);
            }
        }
    }
}
