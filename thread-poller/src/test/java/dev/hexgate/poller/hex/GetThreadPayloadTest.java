package dev.hexgate.poller.hex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GetThreadPayloadTest {

    @Test
    void aRunningThreadGivesItsStatusAndWaitTime() {
        ThreadSnapshot snapshot = GetThreadPayload.read(JsonMapper.shared().readTree("""
                {"threadId":"t1","status":"RUNNING","title":"x","url":"http://h/threads/t1","waitTime":5,
                 "message":"Thread status: RUNNING. The thread is still working; call get_thread again in about 5 seconds."}
                """), List.of());

        assertThat(snapshot.status()).isEqualTo("RUNNING");
        assertThat(snapshot.waitTimeSeconds()).isEqualTo(5);
        assertThat(snapshot.idle()).isFalse();
        assertThat(snapshot.url()).isEqualTo("http://h/threads/t1");
    }

    @Test
    void anErrorThreadGivesHexsMessage() {
        ThreadSnapshot snapshot = GetThreadPayload.read(JsonMapper.shared().readTree("""
                {"threadId":"t2","status":"ERROR","messages":[{"type":"text","text":"assistant: [error TIMEOUT] Took too long"}],
                 "error":{"type":"TIMEOUT","message":"Took too long"}}
                """), List.of());

        assertThat(snapshot.failed()).isTrue();
        assertThat(snapshot.errorMessage()).isEqualTo("Took too long");
        assertThat(snapshot.messages()).containsExactly("assistant: [error TIMEOUT] Took too long");
    }

    @Test
    void statusIsAlsoReadFromANestedThreadOrAStatusLineAsJuniorDoes() {
        assertThat(GetThreadPayload.read(JsonMapper.shared().readTree("{\"thread\":{\"status\":\"idle\"}}"),
                List.of()).idle()).isTrue();
        assertThat(GetThreadPayload.read(null, List.of("Working on it.\nThread status: RUNNING")).status())
                .isEqualTo("RUNNING");
        assertThat(GetThreadPayload.read(null, List.of("nothing useful")).status()).isNull();
    }
}
