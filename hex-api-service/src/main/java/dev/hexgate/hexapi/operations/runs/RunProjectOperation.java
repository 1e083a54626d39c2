package dev.hexgate.hexapi.operations.runs;

import dev.hexgate.hexapi.hex.HexApiProperties;
import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexApiBaseUrl;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRequest.RateLimitGroup;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code run_hex_project} → RunProject, {@code POST /v1/projects/{projectId}/runs}, counted against Hex's
 * RunProject rate limit. Only the options the caller set are sent: Hex answers {@code null} fields with 422 and
 * applies its own defaults to absent ones. The result is Hex's 201 body.
 *
 * <p>Starting a run is not idempotent, so an attempt that may have reached Hex is never repeated;
 * {@link #recover} finds the run it started instead.
 */
@Component
public class RunProjectOperation extends RestOperation {

    /** How far Hex's clock may be behind ours when judging whether a run was created after an attempt started. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** How many of the project's latest API runs recovery looks at. */
    static final int RECENT_RUNS = 25;

    private static final Map<String, String> NOTIFICATION_FIELDS = Map.of(
            "type", "type",
            "include_success_screenshot", "includeSuccessScreenshot",
            "screenshot_format", "screenshotFormat",
            "slack_channel_ids", "slackChannelIds",
            "user_ids", "userIds",
            "group_ids", "groupIds",
            "subject", "subject",
            "body", "body");

    private final HexRestClient hex;
    private final String apiBaseUrl;

    public RunProjectOperation(HexRestClient hex, HexApiProperties properties) {
        super(hex);
        this.hex = hex;
        this.apiBaseUrl = HexApiBaseUrl.normalise(properties.url());
    }

    @Override
    public String name() {
        return "run_hex_project";
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return "project " + RunArguments.projectId(arguments);
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (RunArguments.has(arguments, "input_params")) {
            body.set("inputParams", arguments.get("input_params").deepCopy());
        }
        copyBoolean(arguments, "dry_run", body, "dryRun");
        copyBoolean(arguments, "update_published_results", body, "updatePublishedResults");
        copyBoolean(arguments, "use_cached_sql_results", body, "useCachedSqlResults");
        if (RunArguments.has(arguments, "view_id")) {
            body.put("viewId", arguments.get("view_id").asString());
        }
        if (RunArguments.has(arguments, "notifications")) {
            ArrayNode notifications = body.putArray("notifications");
            arguments.get("notifications").forEach(n -> notifications.add(notification(n)));
        }
        return HexRequest.get("/projects/{projectId}/runs", RunArguments.projectId(arguments))
                .withBody(HttpMethod.POST, body)
                .inGroup(RateLimitGroup.RUN_PROJECT);
    }

    /**
     * The run an earlier attempt started, answered like RunProject's 201 (plus {@code "recovered": true}), or
     * empty when no run can be attributed to it.
     *
     * <p>Hex's run list carries no creation time, and a PENDING run has no {@code startTime}; GetRunStatus with
     * {@code enable-expanded-stats: true} does, as the first of its {@code stateEvents}. So: list the project's
     * latest API runs (newest first), skip those that started or ended before the attempt less
     * {@link #CLOCK_SKEW} (they were created earlier still), read the creation time of the rest, and take the
     * earliest one created at or after the attempt started: a run created later was started by someone else,
     * e.g. a retry. Hex's clock may be behind ours, so when no run was created after that instant, the one
     * created closest before it, within the skew, is taken.
     *
     * <p>Limits: a run another caller started between our attempt's start and its request reaching Hex is
     * indistinguishable from ours, as is, with a skewed clock, one started just before the attempt. Where Hex
     * gives no state events, a run's creation time falls back to its {@code startTime}, and among runs with
     * neither the oldest in Hex's (newest-first) list order is taken. A dry run changes nothing in Hex, so it is
     * simply asked again.
     */
    @Override
    public Mono<HexResult> recover(JsonNode arguments, String token, Instant attemptStartedAt) {
        if (arguments.path("dry_run").asBoolean(false)) {
            return execute(arguments, token);
        }
        String projectId = RunArguments.projectId(arguments);
        Instant notBefore = attemptStartedAt.minus(CLOCK_SKEW);
        HexRequest recentApiRuns = HexRequest.get("/projects/{projectId}/runs", projectId)
                .withQuery(Map.of("runTriggerFilter", List.of("API"), "limit", List.of(String.valueOf(RECENT_RUNS))));
        return hex.send(token, recentApiRuns)
                .flatMapMany(page -> Flux.fromIterable(runs(page)))
                .filter(run -> !provablyOlder(run, notBefore))
                .concatMap(run -> withCreationTime(token, projectId, run))
                .filter(candidate -> candidate.createdAt().map(c -> !c.isBefore(notBefore)).orElse(true))
                .collectList()
                .flatMap(candidates -> Mono.justOrEmpty(choose(candidates, attemptStartedAt)))
                .map(candidate -> new HexResult(recoveredResult(projectId, candidate.status()), 200));
    }

    private static ObjectNode notification(JsonNode argument) {
        ObjectNode hexNotification = JsonNodeFactory.instance.objectNode();
        NOTIFICATION_FIELDS.forEach((toolName, hexName) -> {
            if (argument.hasNonNull(toolName)) {
                hexNotification.set(hexName, argument.get(toolName).deepCopy());
            }
        });
        return hexNotification;
    }

    private static void copyBoolean(JsonNode arguments, String argument, ObjectNode body, String field) {
        if (RunArguments.has(arguments, argument)) {
            body.put(field, arguments.get(argument).asBoolean());
        }
    }

    private static List<JsonNode> runs(HexResponse page) {
        List<JsonNode> runs = new ArrayList<>();
        if (page.hasBody()) {
            page.body().path("runs").forEach(runs::add);
        }
        return runs;
    }

    /** Started or ended before {@code notBefore}: then it was also created before, so it is not the attempt's. */
    private static boolean provablyOlder(JsonNode run, Instant notBefore) {
        Optional<Instant> start = instant(run.path("startTime"));
        Optional<Instant> end = instant(run.path("endTime"));
        return start.map(s -> s.isBefore(notBefore)).orElse(false) || end.map(e -> e.isBefore(notBefore)).orElse(false);
    }

    private Mono<Candidate> withCreationTime(String token, String projectId, JsonNode run) {
        String runId = run.path("runId").asString();
        HexRequest expanded = HexRequest.get("/projects/{projectId}/runs/{runId}", projectId, runId)
                .withHeader("enable-expanded-stats", "true");
        return hex.send(token, expanded)
                .map(response -> response.hasBody() ? response.body() : run)
                .map(status -> new Candidate(status, creationTime(status)));
    }

    /** The earliest state event, else the start time (a run exists before it starts), else unknown. */
    private static Optional<Instant> creationTime(JsonNode status) {
        Optional<Instant> firstEvent = Optional.empty();
        for (JsonNode event : status.path("stateEvents")) {
            Optional<Instant> at = instant(event.path("timestamp"));
            if (at.isPresent() && (firstEvent.isEmpty() || at.get().isBefore(firstEvent.get()))) {
                firstEvent = at;
            }
        }
        return firstEvent.or(() -> instant(status.path("startTime")));
    }

    /**
     * The earliest run created at or after the attempt started; failing that (Hex's clock behind ours), the one
     * created closest before it within the skew; failing that (no creation times), the oldest in list order.
     */
    private static Optional<Candidate> choose(List<Candidate> candidates, Instant attemptStartedAt) {
        Comparator<Candidate> byCreation = Comparator.comparing(c -> c.createdAt().get());
        List<Candidate> known = candidates.stream().filter(c -> c.createdAt().isPresent()).toList();
        Optional<Candidate> after = known.stream().filter(c -> !c.createdAt().get().isBefore(attemptStartedAt))
                .min(byCreation);
        Optional<Candidate> justBefore = known.stream().filter(c -> c.createdAt().get().isBefore(attemptStartedAt))
                .max(byCreation);
        return after.or(() -> justBefore).or(() -> candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.get(candidates.size() - 1)));
    }

    private ObjectNode recoveredResult(String projectId, JsonNode status) {
        String runId = status.path("runId").asString();
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("projectId", status.path("projectId").asString(projectId));
        result.put("runId", runId);
        result.put("runUrl", status.path("runUrl").asString());
        result.put("runStatusUrl", apiBaseUrl + "/projects/" + projectId + "/runs/" + runId);
        if (status.has("projectVersion")) {
            result.set("projectVersion", status.get("projectVersion"));
        }
        if (status.has("notifications")) {
            result.set("notifications", status.get("notifications"));
        }
        result.put("recovered", true);
        return result;
    }

    private static Optional<Instant> instant(JsonNode value) {
        if (value == null || !value.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private record Candidate(JsonNode status, Optional<Instant> createdAt) {
    }
}
