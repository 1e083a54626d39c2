package dev.hexgate.emulator.runs;

import java.util.List;

/** GetProjectRuns' body: a page of runs, newest first, with absolute links to the neighbouring pages or null. */
public record RunsPage(List<RunStatusPayload> runs, String nextPage, String previousPage, String traceId) {

    public RunsPage {
        runs = List.copyOf(runs);
    }
}
