package dev.hexgate.hexapi.operations.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.hexapi.operations.OperationRefusedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ProjectMatcherTest {

    @Test
    void plainTextMatchesTitleOrDescriptionIgnoringCase() {
        ProjectMatcher matcher = ProjectMatcher.of("REVENUE", false);
        assertThat(matcher.matches(project("Revenue Dashboard", null))).isTrue();
        assertThat(matcher.matches(project("Board pack", "Monthly revenue and margin"))).isTrue();
        assertThat(matcher.matches(project("Churn Analysis", "Who cancels"))).isFalse();
    }

    @Test
    void plainTextTreatsRegexCharactersLiterally() {
        assertThat(ProjectMatcher.of("(v1)", false).matches(project("Legacy Revenue Report (v1)", null))).isTrue();
        assertThat(ProjectMatcher.of("rev.*dash", false).matches(project("Revenue Dashboard", null))).isFalse();
    }

    @Test
    void regexIsFoundAnywhereIgnoringCase() {
        assertThat(ProjectMatcher.of("^rev.*dash", true).matches(project("Revenue Dashboard", null))).isTrue();
        assertThat(ProjectMatcher.of("^dash", true).matches(project("Revenue Dashboard", null))).isFalse();
    }

    @Test
    void refusesAnInvalidRegexNamingTheArgument() {
        assertThatThrownBy(() -> ProjectMatcher.of("([", true))
                .isInstanceOfSatisfying(OperationRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(FailureCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'search_pattern'").contains("regular expression");
                });
        assertThatThrownBy(() -> ProjectMatcher.of("x".repeat(ProjectMatcher.MAX_PATTERN_LENGTH + 1), false))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("'search_pattern'");
    }

    @Test
    void stopsACatastrophicallyBacktrackingRegexQuickly() {
        // The JDK defuses the textbook (a+)+ cases; this one reads ~10^8 characters on 24 letters without a budget.
        ProjectMatcher matcher = ProjectMatcher.of("(.*a){15}b", true);
        ObjectNode evil = project("a".repeat(24), null);
        long started = System.nanoTime();
        assertThatThrownBy(() -> matcher.matches(evil))
                .isInstanceOfSatisfying(OperationRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(FailureCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'search_pattern'").contains("too costly");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theBudgetIsPerSearchNotPerProject() {
        ProjectMatcher matcher = ProjectMatcher.of("a+z", true, 1_000_000, 10_000);
        ObjectNode project = project("a".repeat(30), null);
        int cheapSearches = 0;
        try {
            while (cheapSearches < 10_000) {
                assertThat(matcher.matches(project)).isFalse();
                cheapSearches++;
            }
        } catch (OperationRefusedException spent) {
            assertThat(spent.getMessage()).contains("'search_pattern'");
        }
        // Each project alone is cheap; together they spend the one budget.
        assertThat(cheapSearches).isGreaterThan(1).isLessThan(10_000);
    }

    @Test
    void aLeadingDotStarDoesNotMakeEverySearchQuadratic() {
        ProjectMatcher matcher = ProjectMatcher.of(".*zebra", true);
        ObjectNode project = project("Monthly board deck numbers: revenue, margin, cash and headcount. ".repeat(10),
                null);
        for (int i = 0; i < 100; i++) {
            assertThat(matcher.matches(project)).isFalse();
        }
        assertThat(ProjectMatcher.of(".*?board", true).matches(project)).isTrue();
    }

    @Test
    void dropsOnlyALeadingDotStarThatStandsAlone() {
        assertThat(ProjectMatcher.withoutLeadingDotStar(".*zebra")).isEqualTo("zebra");
        assertThat(ProjectMatcher.withoutLeadingDotStar(".*?.*zebra.*")).isEqualTo("zebra.*");
        assertThat(ProjectMatcher.withoutLeadingDotStar(".*")).isEmpty();
        assertThat(ProjectMatcher.withoutLeadingDotStar(".*+zebra")).isEqualTo(".*+zebra");
        assertThat(ProjectMatcher.withoutLeadingDotStar("\\.*zebra")).isEqualTo("\\.*zebra");
        assertThat(ProjectMatcher.withoutLeadingDotStar("^.*zebra")).isEqualTo("^.*zebra");
    }

    private static ObjectNode project(String title, String description) {
        ObjectNode project = JsonNodeFactory.instance.objectNode().put("title", title);
        if (description == null) {
            project.putNull("description");
        } else {
            project.put("description", description);
        }
        return project;
    }
}
