package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.PublicUrl;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The absolute URLs runs hand out. Hex documents none of their formats (clients must treat them as opaque), so
 * the emulator picks readable ones: the app URL uses Hex's {@code /hex/<projectId>/...} form, which carries the
 * project id, and the status URL is the GetRunStatus route itself.
 */
@Component
class RunUrls {

    private final PublicUrl publicUrl;

    RunUrls(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    String runUrl(UUID projectId, UUID runId) {
        return publicUrl.base() + "/hex/" + projectId + "/app/latest/runs/" + runId;
    }

    String runStatusUrl(UUID projectId, UUID runId) {
        return publicUrl.apiBaseUrl() + "/projects/" + projectId + "/runs/" + runId;
    }

    /** A GetProjectRuns page on the route flavour the client used (legacy {@code /project/} or current). */
    String runsPage(UUID projectId, boolean legacy, int limit, int offset, String statusFilter,
            String runTriggerFilter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(publicUrl.apiBaseUrl())
                .path(legacy ? "/project/{projectId}/runs" : "/projects/{projectId}/runs")
                .queryParam("limit", limit)
                .queryParam("offset", offset);
        if (statusFilter != null) {
            url.queryParam("statusFilter", statusFilter);
        }
        if (runTriggerFilter != null) {
            url.queryParam("runTriggerFilter", runTriggerFilter);
        }
        return url.buildAndExpand(projectId).toUriString();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
