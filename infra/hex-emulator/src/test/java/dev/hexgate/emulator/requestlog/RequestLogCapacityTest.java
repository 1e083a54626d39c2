package dev.hexgate.emulator.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The log is a ring: once full, each new request pushes out the oldest. */
class RequestLogCapacityTest {

    @Test
    void keepsOnlyTheNewestRequests() {
        RequestLog log = new RequestLog(new RequestLogSettings(3));
        for (int i = 1; i <= 5; i++) {
            log.record(entry("/api/v1/projects/" + i));
        }

        assertThat(log.find(null, null, null, 10)).extracting(LoggedRequest::path)
                .containsExactly("/api/v1/projects/5", "/api/v1/projects/4", "/api/v1/projects/3");
    }

    @Test
    void capacityMustBePositive() {
        assertThatThrownBy(() -> new RequestLogSettings(0)).hasMessageContaining("at least 1");
    }

    private static LoggedRequest entry(String path) {
        return new LoggedRequest(Instant.now(), "GET", path, null, "GetProject", "a@b.example", "personal", 200, 1,
                "trace", null);
    }
}
