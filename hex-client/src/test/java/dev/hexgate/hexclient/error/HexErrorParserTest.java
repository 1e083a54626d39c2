package dev.hexgate.hexclient.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Hex's three error shapes, and Retry-After in both of its forms. */
class HexErrorParserTest {

    private final HexErrorParser parser = new HexErrorParser(JsonMapper.shared());

    private HexApiException parse(int status, String body, String retryAfter) {
        return parser.parse(status, body.getBytes(StandardCharsets.UTF_8), retryAfter, "hdr-trace");
    }

    @Test
    void readsTheOlderReasonShape() {
        HexApiException e = parse(422, "{\"reason\":\"Slack notifications cannot be sent.\",\"traceId\":\"t-1\"}", null);
        assertThat(e.hexReason()).contains("Slack notifications cannot be sent.");
        assertThat(e.traceId()).contains("t-1");
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("Hex answered 422: Slack notifications cannot be sent.");
    }

    @Test
    void readsTheNewerCodeShapeWithItsIssues() {
        HexApiException e = parse(400, "{\"code\":\"BAD_REQUEST\",\"message\":\"Invalid input data\","
                + "\"issues\":[{\"message\":\"projectId must be a UUID\"}]}", null);
        assertThat(e.errorCode()).contains("BAD_REQUEST");
        assertThat(e.hexReason()).contains("Invalid input data (projectId must be a UUID)");
        assertThat(e.traceId()).contains("hdr-trace");
    }

    @Test
    void namesTheInputsOfRunProjectsInvalidParamsShape() {
        HexApiException e = parse(422, "{\"traceId\":\"t-2\",\"invalid\":[{\"paramName\":\"numeric_input_1\","
                + "\"paramValue\":\"\\\"abc\\\"\",\"dataType\":\"number\",\"inputCellType\":\"slider\"}],"
                + "\"notFound\":[\"no_such_input\"]}", null);
        assertThat(e.hexReason()).contains("Invalid input parameters: input 'numeric_input_1' (slider, number) cannot"
                + " take \"abc\"; the published app has no input 'no_such_input'");
        assertThat(e.traceId()).contains("t-2");
    }

    @Test
    void keepsPlainTextBodiesOutOfTheMessage() {
        HexApiException e = parse(401, "Unauthorized", null);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.hexReason()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("Hex answered 401");
        HexApiException html = parse(502, "<html><body>Bad gateway at edge-17</body></html>", null);
        assertThat(html.getMessage()).doesNotContain("edge-17");
        assertThat(html.isTransient()).isTrue();
    }

    @Test
    void clipsOverlongReasonsSoNoBodyIsPassedOn() {
        HexApiException e = parse(400, "{\"reason\":\"" + "x".repeat(5000) + "\"}", null);
        assertThat(e.hexReason()).hasValueSatisfying(r -> assertThat(r.length()).isLessThanOrEqualTo(301));
    }

    @Test
    void readsRetryAfterInSecondsAndAsADate() {
        assertThat(parse(429, "{\"reason\":\"Too many requests\"}", "7").retryAfter()).contains(Duration.ofSeconds(7));
        String inOneMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        assertThat(parse(429, "{}", inOneMinute).retryAfter())
                .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61)));
        assertThat(parse(429, "{}", "soon").retryAfter()).isEmpty();
        assertThat(parse(429, "{}", null).isTransient()).isTrue();
    }
}
