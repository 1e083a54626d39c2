package dev.hexgate.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.ratelimit.RateLimiter;
import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.timing.EmulatorClock;
import dev.hexgate.emulator.timing.Timings;
import dev.hexgate.emulator.workspace.Project;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** {@code POST /_emulator/reset} puts every store and setting back to its seeded or configured state. */
class ResetTest extends EmulatorHttpTest {

    @Autowired
    ProjectStore projects;

    @Autowired
    Timings timings;

    @Autowired
    RateLimiter limiter;

    @Autowired
    EmulatorClock clock;

    @Test
    void resetRestoresTheSeedAndClearsFaultsLogTimingsLimitsAndClock() {
        Timings.Settings configuredTimings = timings.current();
        Project seeded = workspace.projects().get(0);
        Project added = projects.add(new Project(UUID.randomUUID(), "Reset probe", seeded.description(),
                seeded.type(), seeded.creator(), seeded.owner(), seeded.status(), seeded.categories(),
                seeded.reviews(), seeded.analytics(), seeded.lastEditedAt(), seeded.lastPublishedAt(),
                seeded.createdAt(), null, null, seeded.schedules(), seeded.sharing()));
        getOk(PROJECTS + "/" + added.id());
        put("/_emulator/faults", "{\"operationId\": \"ListProjects\", \"delay\": \"1ms\"}", true);
        put("/_emulator/timing", "{\"runPending\": \"50ms\"}", false);
        put("/_emulator/rate-limits", "{\"hexApiPerHour\": 1000}", false);
        clock.advance(Duration.ofMinutes(5));
        assertThat(list("/_emulator/requests", "requests")).isNotEmpty();

        client.post().uri("/_emulator/reset").exchange().expectStatus().isNoContent().expectBody().isEmpty();

        assertThat(list("/_emulator/faults", "faults")).isEmpty();
        assertThat(list("/_emulator/requests", "requests")).isEmpty();
        assertThat(timings.current()).isEqualTo(configuredTimings);
        assertThat(limiter.settings().hexApiPerHour()).isEqualTo(1800);
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
        assertThat(projects.find(added.id())).isEmpty();
        assertThat(projects.all()).hasSize(workspace.projects().size());
        get(PROJECTS + "/" + added.id()).expectStatus().isNotFound()
                .expectBody().json("{\"code\":\"NOT_FOUND\",\"message\":\"Not found\",\"issues\":[]}", true);
    }

    private void put(String path, String body, boolean post) {
        (post ? client.post() : client.put()).uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().is2xxSuccessful();
    }

    private JsonNode list(String path, String key) {
        return client.get().uri(path).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get(key);
    }
}
