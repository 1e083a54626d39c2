package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.local.LocalStackSettings.Service;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run tools end to end on the shared stack: run_hex_project, get_hex_run_status, get_hex_project_runs,
 * cancel_hex_run and wait_for_hex_run, through the official MCP client, the gateway, Kafka, hex-api-service and
 * the emulator. Runs are made short through the emulator's timing control (restored after each test); the
 * runs fixture decides outcomes: Board Metrics Pack completes, Support Ticket Triage errors, Inventory Health never
 * gets a kernel, Revenue Dashboard has inputs and a saved view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunToolsE2ETest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOARD_METRICS = "858f86db-e9bc-49e2-a2a1-056ba48060e7";
    private static final String REVENUE_DASHBOARD = "a0d02293-39a6-420a-a0ed-8d7894fdd7c0";
    private static final String REVENUE_VIEW = "3b1f6e2a-54c9-4d7e-9a0b-6c2e8f1d4a77";
    private static final String SUPPORT_TRIAGE = "7ccff921-32a0-40f0-ab74-c8caba3777d5";
    private static final String INVENTORY_HEALTH = "0828583a-c6de-46f6-82cb-b362ebbc1d63";
    private static final String FINANCE_CLOSE = "8504696b-0ceb-4ebe-9611-b10e97a48216";
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    private static final String SHORT_RUNS = "{\"runPending\":\"200ms\",\"runRunning\":\"500ms\"}";
    private static final String LONG_RUNS = "{\"runPending\":\"200ms\",\"runRunning\":\"120s\"}";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<ProgressNotification> progress = new CopyOnWriteArrayList<>();
    private RunningStack stack;
    private McpSyncClient client;
    private String savedTiming;

    @BeforeAll
    void connect() {
        stack = SharedStack.get();
        client = McpTestClients.connect(stack.baseUrlOf(Service.GATEWAY_MCP), stack.apiKey(), progress::add);
        client.initialize();
    }

    @AfterAll
    void disconnect() {
        if (client != null) {
            client.closeGracefully();
        }
    }

    @BeforeEach
    void shortRuns() {
        savedTiming = SharedStack.emulatorControl("GET", "/_emulator/timing", null);
        SharedStack.emulatorControl("PUT", "/_emulator/timing", SHORT_RUNS);
        progress.clear();
    }

    @AfterEach
    void restoreEmulator() {
        SharedStack.emulatorControl("DELETE", "/_emulator/faults", null);
        SharedStack.emulatorControl("PUT", "/_emulator/timing", savedTiming);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheRunToolsWithTruthfulAnnotations() {
        Map<String, Tool> tools = client.listTools().tools().stream()
                .collect(Collectors.toMap(Tool::name, Function.identity()));
        assertThat(tools).containsKeys("run_hex_project", "get_hex_run_status", "get_hex_project_runs",
                "cancel_hex_run", "wait_for_hex_run");

        Tool run = tools.get("run_hex_project");
        assertThat((Map<String, Object>) run.inputSchema().get("properties")).containsKeys("project_id",
                "input_params", "update_published_results", "dry_run", "use_cached_sql_results", "view_id",
                "notifications");
        assertThat(run.annotations().readOnlyHint()).isFalse();
        assertThat(run.annotations().idempotentHint()).isFalse();
        assertThat(tools.get("get_hex_run_status").annotations().readOnlyHint()).isTrue();
        assertThat(tools.get("get_hex_project_runs").annotations().readOnlyHint()).isTrue();
        assertThat(tools.get("cancel_hex_run").annotations().destructiveHint()).isTrue();
        Tool wait = tools.get("wait_for_hex_run");
        assertThat(wait.annotations().readOnlyHint()).isFalse();
        assertThat(wait.annotations().idempotentHint()).isFalse();
        assertThat((List<Object>) wait.inputSchema().get("required")).containsExactly("project_id");
        assertThat((Map<String, Object>) wait.inputSchema().get("properties")).containsKeys("run_id",
                "timeout_seconds", "poll_interval_seconds", "cancel_on_timeout", "input_params");
    }

    @Test
    void startsARunAndFollowsItToCompletionWithGetRunStatus() {
        CallToolResult started = call("run_hex_project", Map.of("project_id", BOARD_METRICS));
        Map<String, Object> run = structured(started);
        String runId = (String) run.get("runId");
        assertThat(run).containsEntry("projectId", BOARD_METRICS).containsEntry("projectVersion", 8)
                .containsKeys("runUrl", "traceId");
        assertThat((String) run.get("runStatusUrl")).endsWith("/projects/" + BOARD_METRICS + "/runs/" + runId);
        assertThat(text(started)).contains("Started run " + runId).contains((String) run.get("runUrl"));

        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                structured(call("get_hex_run_status", runArgs(BOARD_METRICS, runId)))).containsEntry("status",
                "COMPLETED"));
        CallToolResult status = call("get_hex_run_status", runArgs(BOARD_METRICS, runId));
        assertThat(structured(status)).containsEntry("runId", runId).containsEntry("runTrigger", "API")
                .containsKeys("startTime", "endTime", "elapsedTime");
        assertThat(text(status)).contains("Run " + runId).contains("COMPLETED").contains("Results: ");
    }

    @Test
    void passesInputsViewsNotificationsAndDryRunsToHex() {
        Instant before = Instant.now();
        Map<String, Object> notification = Map.of("type", "ALL", "include_success_screenshot", true,
                "slack_channel_ids", List.of("C02DATATEAM"));
        Map<String, Object> withInputs = structured(call("run_hex_project", Map.of("project_id", REVENUE_DASHBOARD,
                "input_params", Map.of("channel", "web", "include_refunds", false),
                "use_cached_sql_results", false, "notifications", List.of(notification))));
        assertThat(withInputs).containsEntry("projectVersion", 14);
        assertThat(withInputs.get("notifications").toString()).contains("data-team").contains("SLACK_CHANNEL");

        assertThat(structured(call("run_hex_project", Map.of("project_id", REVENUE_DASHBOARD,
                "view_id", REVENUE_VIEW)))).containsKey("runId");

        CallToolResult dry = call("run_hex_project", Map.of("project_id", BOARD_METRICS, "dry_run", true));
        assertThat(structured(dry)).containsEntry("projectId", BOARD_METRICS);
        assertThat(text(dry)).contains("Dry run").contains("ran nothing");

        // Only the dry run's project has no new run; the other two did start.
        assertThat(requests("RunProject", before)).hasSize(3).allSatisfy(r -> assertThat(r.path("status").asInt())
                .isEqualTo(201));
    }

    @Test
    void pagesARunHistoryByOffsetWithFilters() {
        CallToolResult first = call("get_hex_project_runs", Map.of("project_id", FINANCE_CLOSE, "limit", 4));
        Map<String, Object> page1 = structured(first);
        assertThat(runsOf(page1)).hasSize(4);
        assertThat((String) page1.get("nextPage")).contains("offset=4");
        assertThat(page1.get("previousPage")).isNull();
        assertThat(text(first)).contains("4 runs").contains("offset=4");

        Map<String, Object> page2 = structured(call("get_hex_project_runs",
                Map.of("project_id", FINANCE_CLOSE, "limit", 4, "offset", 4)));
        assertThat(runsOf(page2)).hasSize(4).extracting(r -> r.get("runId"))
                .doesNotContainAnyElementsOf(runsOf(page1).stream().map(r -> r.get("runId")).toList());
        assertThat(page2.get("previousPage")).isNotNull();

        CallToolResult filtered = call("get_hex_project_runs", Map.of("project_id", FINANCE_CLOSE,
                "status_filter", "UNABLE_TO_ALLOCATE_KERNEL", "run_trigger_filter", "API"));
        assertThat(runsOf(structured(filtered))).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("runId", "4a4690e0-3279-4668-b6a0-f461362475b9");
            assertThat(r.get("startTime")).isNull();
        });
        assertThat(text(filtered)).contains("1 run:").contains("This is the last page");
    }

    @Test
    void cancelsARunWithHexs204AsSuccessAndRefusesToCancelItTwice() {
        SharedStack.emulatorControl("PUT", "/_emulator/timing", LONG_RUNS);
        String runId = (String) structured(call("run_hex_project", Map.of("project_id", BOARD_METRICS))).get("runId");

        CallToolResult cancelled = call("cancel_hex_run", runArgs(BOARD_METRICS, runId));
        assertThat(structured(cancelled)).containsEntry("cancelled", true).containsEntry("projectId", BOARD_METRICS)
                .containsEntry("runId", runId);
        assertThat(text(cancelled)).contains("Cancelled run " + runId).contains("KILLED");
        assertThat(structured(call("get_hex_run_status", runArgs(BOARD_METRICS, runId))))
                .containsEntry("status", "KILLED");

        CallToolResult again = call("cancel_hex_run", runArgs(BOARD_METRICS, runId));
        assertThat(again.isError()).isTrue();
        assertThat(text(again)).contains("already finished").contains("Hex status 422");
    }

    @Test
    void waitsForANewRunToCompleteAndReportsProgressOnTheWay() {
        CallToolResult result = client.callTool(CallToolRequest.builder("wait_for_hex_run")
                .arguments(Map.of("project_id", BOARD_METRICS, "poll_interval_seconds", 1, "timeout_seconds", 60))
                .progressToken("wait-completes")
                .build());

        Map<String, Object> run = structured(result);
        assertThat(run).containsEntry("status", "COMPLETED").containsEntry("projectId", BOARD_METRICS)
                .containsEntry("timedOut", false).containsEntry("cancelled", false).containsEntry("startedRun", true)
                .containsKeys("runId", "runUrl", "elapsedTime", "endTime");
        int polls = (Integer) run.get("polls");
        assertThat(polls).isGreaterThanOrEqualTo(1);
        assertThat(text(result)).contains("COMPLETED").contains("Results: " + run.get("runUrl"));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(progress).hasSizeGreaterThanOrEqualTo(
                polls + 1));
        List<ProgressNotification> ours = progress.stream()
                .filter(p -> "wait-completes".equals(p.progressToken())).toList();
        assertThat(ours).hasSize(polls + 1);
        assertThat(ours.get(0).message()).contains("Started run " + run.get("runId"));
        assertThat(ours.get(ours.size() - 1).message()).contains("COMPLETED");
        List<Double> values = ours.stream().map(ProgressNotification::progress).toList();
        for (int i = 1; i < values.size(); i++) {
            assertThat(values.get(i)).isGreaterThan(values.get(i - 1));
        }
    }

    @Test
    void attachesToAnExistingRunAndReportsFailedOutcomesAsResults() {
        String errored = (String) structured(call("run_hex_project", Map.of("project_id", SUPPORT_TRIAGE)))
                .get("runId");
        Map<String, Object> attached = structured(call("wait_for_hex_run", Map.of("project_id", SUPPORT_TRIAGE,
                "run_id", errored, "poll_interval_seconds", 1, "timeout_seconds", 60)));
        assertThat(attached).containsEntry("runId", errored).containsEntry("status", "ERRORED")
                .containsEntry("startedRun", false).containsEntry("timedOut", false);

        Map<String, Object> noKernel = structured(call("wait_for_hex_run", Map.of("project_id", INVENTORY_HEALTH,
                "poll_interval_seconds", 1)));
        assertThat(noKernel).containsEntry("status", "UNABLE_TO_ALLOCATE_KERNEL").containsEntry("startTime", null);
        // Neither call asked for progress, so none was sent about their runs.
        assertThat(progress).noneSatisfy(p -> assertThat(p.message()).containsAnyOf(errored,
                (String) noKernel.get("runId")));
    }

    @Test
    void cancelsARunThatOutlastsTheWaitWhenAsked() {
        SharedStack.emulatorControl("PUT", "/_emulator/timing", LONG_RUNS);
        Instant before = Instant.now();
        CallToolResult result = client.callTool(CallToolRequest.builder("wait_for_hex_run")
                .arguments(Map.of("project_id", BOARD_METRICS, "timeout_seconds", 2, "poll_interval_seconds", 1,
                        "cancel_on_timeout", true))
                .progressToken("wait-times-out")
                .build());

        Map<String, Object> run = structured(result);
        assertThat(run).containsEntry("timedOut", true).containsEntry("cancelled", true)
                .containsEntry("status", "KILLED").containsEntry("startedRun", true);
        assertThat(text(result)).contains("Not finished after 2 s").contains("cancelled it");
        assertThat(requests("CancelRun", before)).singleElement()
                .satisfies(r -> assertThat(r.path("status").asInt()).isEqualTo(204));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(progress)
                .anySatisfy(p -> assertThat(p.message()).contains("cancelling")));
    }

    @Test
    void leavesARunThatOutlastsTheWaitRunningByDefault() {
        SharedStack.emulatorControl("PUT", "/_emulator/timing", LONG_RUNS);
        CallToolResult result = call("wait_for_hex_run", Map.of("project_id", BOARD_METRICS, "timeout_seconds", 1,
                "poll_interval_seconds", 1));

        Map<String, Object> run = structured(result);
        String runId = (String) run.get("runId");
        assertThat(run).containsEntry("timedOut", true).containsEntry("cancelled", false);
        assertThat((String) run.get("status")).isIn("PENDING", "RUNNING");
        assertThat(text(result)).contains("keeps running").contains("run_id \"" + runId + "\"");
        assertThat(structured(call("cancel_hex_run", runArgs(BOARD_METRICS, runId)))).containsEntry("cancelled", true);
    }

    @Test
    void keepsWaitingThroughARateLimitedStatusCheck() {
        SharedStack.emulatorControl("POST", "/_emulator/faults",
                "{\"operationId\":\"GetRunStatus\",\"status\":429,\"retryAfter\":1,\"times\":1}");
        Instant before = Instant.now();

        Map<String, Object> run = structured(call("wait_for_hex_run", Map.of("project_id", BOARD_METRICS,
                "poll_interval_seconds", 1, "timeout_seconds", 60)));

        assertThat(run).containsEntry("status", "COMPLETED").containsEntry("timedOut", false);
        assertThat(requests("GetRunStatus", before)).anySatisfy(r -> assertThat(r.path("status").asInt())
                .isEqualTo(429));
    }

    @Test
    void rejectsInvalidArgumentsByNameWithoutCallingHex() {
        Instant before = Instant.now();
        Map<String, Object> inputsAndView = Map.of("project_id", REVENUE_DASHBOARD,
                "input_params", Map.of("channel", "web"), "view_id", REVENUE_VIEW);
        Map<String, Object> inputsAndPublish = Map.of("project_id", REVENUE_DASHBOARD,
                "input_params", Map.of("channel", "web"), "update_published_results", true);
        Map<String, CallToolResult> results = new HashMap<>();
        results.put("notUuid", call("get_hex_run_status", Map.of("project_id", BOARD_METRICS, "run_id", "run-1")));
        results.put("noRunId", call("cancel_hex_run", Map.of("project_id", BOARD_METRICS)));
        results.put("inputsAndView", call("run_hex_project", inputsAndView));
        results.put("inputsAndPublish", call("run_hex_project", inputsAndPublish));
        results.put("waitInputsAndView", call("wait_for_hex_run", inputsAndView));
        results.put("optionsWithRunId", call("wait_for_hex_run", Map.of("project_id", BOARD_METRICS,
                "run_id", UNKNOWN, "view_id", REVENUE_VIEW)));
        results.put("tooLong", call("wait_for_hex_run", Map.of("project_id", BOARD_METRICS,
                "timeout_seconds", 3601)));
        results.put("tooOften", call("wait_for_hex_run", Map.of("project_id", BOARD_METRICS,
                "poll_interval_seconds", 0)));
        results.put("badStatus", call("get_hex_project_runs", Map.of("project_id", BOARD_METRICS,
                "status_filter", "CANCELLED")));
        results.put("negativeOffset", call("get_hex_project_runs", Map.of("project_id", BOARD_METRICS,
                "offset", -1)));
        results.put("notificationWithoutType", call("run_hex_project", Map.of("project_id", BOARD_METRICS,
                "notifications", List.of(Map.of("include_success_screenshot", false)))));

        assertThat(results.values()).allSatisfy(r -> assertThat(r.isError()).isTrue());
        assertThat(text(results.get("notUuid"))).contains("'run_id'");
        assertThat(text(results.get("noRunId"))).contains("'run_id'");
        assertThat(text(results.get("inputsAndView"))).contains("either 'input_params' or 'view_id'");
        assertThat(text(results.get("inputsAndPublish"))).contains("'update_published_results'");
        assertThat(text(results.get("waitInputsAndView"))).contains("either 'input_params' or 'view_id'");
        assertThat(text(results.get("optionsWithRunId"))).contains("'view_id' only applies when starting a run");
        assertThat(text(results.get("tooLong"))).contains("'timeout_seconds'");
        assertThat(text(results.get("tooOften"))).contains("'poll_interval_seconds'");
        assertThat(text(results.get("badStatus"))).contains("'status_filter'");
        assertThat(text(results.get("negativeOffset"))).contains("'offset'");
        assertThat(text(results.get("notificationWithoutType"))).contains("'notifications'").contains("type");
        assertThat(results.values()).allSatisfy(r -> assertThat(text(r)).contains("Nothing was sent to Hex"));
        assertThat(requests(null, before)).isEmpty();
    }

    @Test
    void reportsUnknownProjectsAndRunsAsNotFound() {
        CallToolResult run = call("run_hex_project", Map.of("project_id", UNKNOWN));
        assertThat(run.isError()).isTrue();
        assertThat(text(run)).contains("Hex has no project " + UNKNOWN).contains("NOT_FOUND").contains("Hex status 404");

        CallToolResult status = call("get_hex_run_status", runArgs(BOARD_METRICS, UNKNOWN));
        assertThat(text(status)).contains("Hex has no run " + UNKNOWN + " of project " + BOARD_METRICS)
                .contains("Hex status 404");

        CallToolResult runs = call("get_hex_project_runs", Map.of("project_id", UNKNOWN));
        assertThat(runs.isError()).isTrue();
        assertThat(text(runs)).contains("Hex status 404");

        CallToolResult cancel = call("cancel_hex_run", runArgs(BOARD_METRICS, UNKNOWN));
        assertThat(text(cancel)).contains("Hex has no run " + UNKNOWN).contains("Hex status 404");

        CallToolResult waitUnknownRun = call("wait_for_hex_run", runArgs(BOARD_METRICS, UNKNOWN));
        assertThat(waitUnknownRun.isError()).isTrue();
        assertThat(text(waitUnknownRun)).contains("Hex has no run " + UNKNOWN).contains("Hex status 404");

        CallToolResult waitUnknownProject = call("wait_for_hex_run", Map.of("project_id", UNKNOWN));
        assertThat(waitUnknownProject.isError()).isTrue();
        assertThat(text(waitUnknownProject)).contains("Hex has no project " + UNKNOWN).contains("Hex status 404");
    }

    @Test
    void passesOnWhichInputValuesHexRefuses() {
        CallToolResult refused = call("run_hex_project", Map.of("project_id", "abdc7455-bd01-4ff5-a59b-b5c1935bcd47",
                "input_params", Map.of("weeks", "many", "colour", "blue")));

        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("input 'weeks' (slider").contains("no input 'colour'")
                .contains("INVALID_ARGUMENTS").contains("Hex status 422");
    }

    @Test
    void reportsAForbiddenRunClearly() {
        SharedStack.emulatorControl("POST", "/_emulator/faults",
                "{\"operationId\":\"RunProject\",\"status\":403,\"times\":1}");

        CallToolResult forbidden = call("run_hex_project", Map.of("project_id", BOARD_METRICS,
                "update_published_results", true));

        assertThat(forbidden.isError()).isTrue();
        assertThat(text(forbidden)).contains("not allowed to access project " + BOARD_METRICS).contains("FORBIDDEN")
                .contains("Hex status 403");
    }

    @Test
    void reportsARateLimitedRunStartAndNeverRepeatsIt() {
        SharedStack.emulatorControl("POST", "/_emulator/faults",
                "{\"operationId\":\"RunProject\",\"status\":429,\"retryAfter\":7,\"times\":1}");
        Instant before = Instant.now();

        CallToolResult limited = call("run_hex_project", Map.of("project_id", BOARD_METRICS));

        assertThat(limited.isError()).isTrue();
        assertThat(text(limited)).contains("rate-limiting").contains("wait 7 s").contains("RATE_LIMITED")
                .contains("Hex status 429");
        // Hex answered 429 once; a start is never retried, so it is the only RunProject that reached Hex.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(requests("RunProject", before)).singleElement()
                        .satisfies(r -> assertThat(r.path("status").asInt()).isEqualTo(429)));
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    }

    private static Map<String, Object> runArgs(String projectId, String runId) {
        return Map.of("project_id", projectId, "run_id", runId);
    }

    /** Project requests that reached the emulator since {@code since}, newest first; all when operationId is null. */
    private static List<JsonNode> requests(String operationId, Instant since) {
        String query = "?path=/api/v1/projects&since=" + since + (operationId == null ? "" : "&operationId=" + operationId);
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(SharedStack.emulatorControl("GET", "/_emulator/requests" + query, null)).path("requests")
                .forEach(found::add);
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isFalse();
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> runsOf(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("runs");
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }
}
