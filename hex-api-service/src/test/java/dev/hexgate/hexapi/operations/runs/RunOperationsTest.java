package dev.hexgate.hexapi.operations.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.hexapi.hex.HexApiProperties;
import dev.hexgate.hexapi.operations.HexOperation.HexResult;
import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.rest.HexClientSettings;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import dev.hexgate.testkit.emulator.SharedEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run operations against the emulator over HTTP, without Kafka: the requests they make, how they shape Hex's
 * answers, and how {@code run_hex_project} finds the run an interrupted attempt started.
 */
class RunOperationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Seeded, published, no inputs, completes. */
    private static final String BOARD_METRICS = "858f86db-e9bc-49e2-a2a1-056ba48060e7";
    /** Seeded, published, with inputs (start_date, end_date, channel, include_refunds) and one saved view. */
    private static final String REVENUE_DASHBOARD = "a0d02293-39a6-420a-a0ed-8d7894fdd7c0";
    /** Seeded history: 11 runs, 2 of them API-triggered. */
    private static final String FINANCE_CLOSE = "8504696b-0ceb-4ebe-9611-b10e97a48216";

    private static String token;
    private static String baseUrl;
    private static HexRestClient hex;
    private static RunProjectOperation runProject;
    private static GetRunStatusOperation runStatus;
    private static GetProjectRunsOperation projectRuns;
    private static CancelRunOperation cancelRun;

    private String savedTiming;

    @BeforeAll
    static void start() {
        baseUrl = SharedEmulator.get().baseUrl();
        token = SharedEmulator.get().workspaceToken();
        hex = new HexRestClient(HexClientSettings.of(baseUrl));
        runProject = new RunProjectOperation(hex, new HexApiProperties(URI.create(baseUrl), null, false, null, null));
        runStatus = new GetRunStatusOperation(hex);
        projectRuns = new GetProjectRunsOperation(hex);
        cancelRun = new CancelRunOperation(hex);
    }

    @BeforeEach
    void keepRunsPendingForAWhile() {
        savedTiming = control("GET", "/_emulator/timing", null);
        control("PUT", "/_emulator/timing", "{\"runPending\":\"60s\",\"runRunning\":\"60s\"}");
    }

    @AfterEach
    void restoreTiming() {
        control("PUT", "/_emulator/timing", savedTiming);
    }

    @Test
    void sendsOnlyTheOptionsThatWereSetWithHexsNames() {
        HexRequest bare = runProject.request(args("{\"project_id\":\"" + BOARD_METRICS + "\"}"));
        assertThat(bare.method()).isEqualTo(HttpMethod.POST);
        assertThat(bare.pathTemplate()).isEqualTo("/projects/{projectId}/runs");
        assertThat(bare.rateLimitGroup()).isEqualTo(HexRequest.RateLimitGroup.RUN_PROJECT);
        assertThat(bare.body().size()).isZero();

        HexRequest full = runProject.request(args("{\"project_id\":\"" + REVENUE_DASHBOARD + "\","
                + "\"input_params\":{\"channel\":\"web\"},\"dry_run\":true,\"update_published_results\":false,"
                + "\"use_cached_sql_results\":false,\"notifications\":[{\"type\":\"ALL\","
                + "\"include_success_screenshot\":true,\"screenshot_format\":\"pdf\","
                + "\"slack_channel_ids\":[\"C02DATATEAM\"],\"subject\":\"Done\"}]}"));
        assertThat(full.body()).isEqualTo(args("{\"inputParams\":{\"channel\":\"web\"},\"dryRun\":true,"
                + "\"updatePublishedResults\":false,\"useCachedSqlResults\":false,\"notifications\":[{\"type\":\"ALL\","
                + "\"includeSuccessScreenshot\":true,\"screenshotFormat\":\"pdf\","
                + "\"slackChannelIds\":[\"C02DATATEAM\"],\"subject\":\"Done\"}]}"));

        HexRequest view = runProject.request(args("{\"project_id\":\"" + REVENUE_DASHBOARD + "\","
                + "\"view_id\":\"3b1f6e2a-54c9-4d7e-9a0b-6c2e8f1d4a77\"}"));
        assertThat(view.body()).isEqualTo(args("{\"viewId\":\"3b1f6e2a-54c9-4d7e-9a0b-6c2e8f1d4a77\"}"));
    }

    @Test
    void startsARunWithNotificationsAndAnswersHexsCreatedBody() {
        HexResult started = runProject.execute(args("{\"project_id\":\"" + REVENUE_DASHBOARD + "\","
                + "\"input_params\":{\"channel\":\"web\"},\"notifications\":[{\"type\":\"SUCCESS\","
                + "\"include_success_screenshot\":false,\"slack_channel_ids\":[\"C02DATATEAM\"]}]}"), token).block();

        assertThat(started.status()).isEqualTo(201);
        JsonNode body = started.body();
        assertThat(body.path("projectId").asString()).isEqualTo(REVENUE_DASHBOARD);
        assertThat(body.path("projectVersion").asInt()).isEqualTo(14);
        assertThat(body.path("runStatusUrl").asString()).endsWith("/projects/" + REVENUE_DASHBOARD + "/runs/"
                + body.path("runId").asString());
        assertThat(body.path("notifications").get(0).path("recipient").path("name").asString())
                .isEqualTo("data-team");
        cancel(REVENUE_DASHBOARD, body.path("runId").asString());
    }

    @Test
    void recoversThePendingRunAnAttemptStartedAndNotALaterOne() {
        Instant attemptStartedAt = Instant.now();
        JsonNode arguments = args("{\"project_id\":\"" + BOARD_METRICS + "\"}");
        JsonNode ours = runProject.execute(arguments, token).block().body();
        JsonNode later = runProject.execute(arguments, token).block().body();
        try {
            HexResult recovered = runProject.recover(arguments, token, attemptStartedAt).block();

            assertThat(recovered).isNotNull();
            JsonNode body = recovered.body();
            assertThat(body.path("runId").asString()).isEqualTo(ours.path("runId").asString())
                    .isNotEqualTo(later.path("runId").asString());
            assertThat(body.path("projectId").asString()).isEqualTo(BOARD_METRICS);
            assertThat(body.path("runUrl").asString()).isEqualTo(ours.path("runUrl").asString());
            assertThat(body.path("runStatusUrl").asString()).isEqualTo(ours.path("runStatusUrl").asString());
            assertThat(body.path("projectVersion").asInt()).isEqualTo(ours.path("projectVersion").asInt());
            assertThat(body.path("recovered").asBoolean()).isTrue();

            // Hex's clock a little behind ours: no run seems created after the attempt; the closest before it is.
            HexResult skewed = runProject.recover(arguments, token, Instant.now().plusSeconds(2)).block();
            assertThat(skewed.body().path("runId").asString()).isEqualTo(later.path("runId").asString());
        } finally {
            cancel(BOARD_METRICS, ours.path("runId").asString());
            cancel(BOARD_METRICS, later.path("runId").asString());
        }
    }

    @Test
    void recoversNothingWhenEveryRunWasCreatedBeforeTheAttempt() {
        JsonNode arguments = args("{\"project_id\":\"" + BOARD_METRICS + "\"}");
        JsonNode earlier = runProject.execute(arguments, token).block().body();
        try {
            // The earlier run is still PENDING (no startTime); only its creation time rules it out.
            Instant attemptStartedAt = Instant.now().plus(RunProjectOperation.CLOCK_SKEW).plusSeconds(1);
            assertThat(runProject.recover(arguments, token, attemptStartedAt).blockOptional()).isEmpty();
            // Seeded history only, all long before.
            assertThat(runProject.recover(args("{\"project_id\":\"" + FINANCE_CLOSE + "\"}"), token, Instant.now())
                    .blockOptional()).isEmpty();
        } finally {
            cancel(BOARD_METRICS, earlier.path("runId").asString());
        }
    }

    @Test
    void aDryRunIsSimplyAskedAgainOnRecovery() {
        JsonNode arguments = args("{\"project_id\":\"" + BOARD_METRICS + "\",\"dry_run\":true}");
        HexResult recovered = runProject.recover(arguments, token, Instant.now()).block();

        assertThat(recovered.status()).isEqualTo(201);
        assertThat(recovered.body().path("projectId").asString()).isEqualTo(BOARD_METRICS);
        assertThat(recovered.body().has("recovered")).isFalse();
    }

    @Test
    void cancelsWithA204AsSuccessAndRecoversAFinishedCancel() {
        JsonNode started = runProject.execute(args("{\"project_id\":\"" + BOARD_METRICS + "\"}"), token).block().body();
        String runId = started.path("runId").asString();
        JsonNode arguments = args("{\"project_id\":\"" + BOARD_METRICS + "\",\"run_id\":\"" + runId + "\"}");

        HexResult cancelled = cancelRun.execute(arguments, token).block();
        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(cancelled.body()).isEqualTo(args("{\"cancelled\":true,\"projectId\":\"" + BOARD_METRICS
                + "\",\"runId\":\"" + runId + "\"}"));
        assertThat(runStatus.execute(arguments, token).block().body().path("status").asString()).isEqualTo("KILLED");
        assertThat(cancelRun.recover(arguments, token, Instant.now()).block().body().path("cancelled").asBoolean())
                .isTrue();

        assertThatThrownBy(() -> cancelRun.execute(arguments, token).block())
                .isInstanceOfSatisfying(HexApiException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void pagesARunHistoryByOffsetKeepingHexsPageLinks() {
        JsonNode first = projectRuns.execute(args("{\"project_id\":\"" + FINANCE_CLOSE + "\",\"limit\":4}"), token)
                .block().body();
        assertThat(first.path("runs")).hasSize(4);
        assertThat(first.path("nextPage").asString()).contains("offset=4");
        assertThat(first.path("previousPage").isNull()).isTrue();

        JsonNode apiOnly = projectRuns.execute(args("{\"project_id\":\"" + FINANCE_CLOSE + "\",\"limit\":10,"
                + "\"offset\":0,\"run_trigger_filter\":\"API\",\"status_filter\":\"COMPLETED\"}"), token).block().body();
        assertThat(apiOnly.path("runs")).hasSize(1);
        assertThat(apiOnly.path("runs").get(0).path("runId").asString())
                .isEqualTo("0709a096-b09f-447b-bbd1-b8acbc2d8946");
    }

    private static void cancel(String projectId, String runId) {
        cancelRun.execute(args("{\"project_id\":\"" + projectId + "\",\"run_id\":\"" + runId + "\"}"), token).block();
    }

    private static JsonNode args(String json) {
        return JSON.readTree(json);
    }

    private static String control(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
