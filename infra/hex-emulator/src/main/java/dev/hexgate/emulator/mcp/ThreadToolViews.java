package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.threads.Answer;
import dev.hexgate.emulator.threads.HexThread;
import dev.hexgate.emulator.threads.ResultTable;
import dev.hexgate.emulator.threads.ThreadLinks;
import dev.hexgate.emulator.threads.ThreadStatus;
import dev.hexgate.emulator.threads.Transcript;
import dev.hexgate.emulator.threads.TranscriptPage;
import dev.hexgate.emulator.timing.Timings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What {@code get_thread} (and {@code continue_thread}) report about a thread. Running: id, {@code status},
 * {@code waitTime} in seconds (Hex's hint for when to poll again) and the link. Finished: the most recent messages
 * (the same page GetThreadMessages serves by default), the latest answer's tables with columns and rows, and the
 * link; an ERROR thread also carries {@code error}.
 */
@Component
class ThreadToolViews {

    /** Hex's default page of messages, which it says the MCP tool matches. */
    private static final int RECENT_MESSAGES = 25;

    private final ThreadLinks links;
    private final Timings timings;

    ThreadToolViews(ThreadLinks links, Timings timings) {
        this.links = links;
        this.timings = timings;
    }

    Map<String, Object> view(HexThread thread, Instant now) {
        ThreadStatus status = thread.status(now);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("threadId", thread.id().toString());
        view.put("status", status.name());
        view.put("title", thread.title());
        view.put("url", links.thread(thread.id()));
        if (status == ThreadStatus.RUNNING) {
            int waitTime = timings.current().threadWaitTime();
            view.put("waitTime", waitTime);
            view.put("message", "Thread status: RUNNING. The thread is still working; call get_thread again in about "
                    + waitTime + " seconds.");
            return view;
        }
        view.put("messages", recentMessages(thread, now));
        Answer answer = thread.latestAnswer(now).orElseThrow();
        if (status == ThreadStatus.ERROR) {
            view.put("error", Map.of("type", answer.error().type().name(), "message", answer.error().message()));
        } else {
            view.put("tables", answer.optionalTable().map(t -> List.of(table(t))).orElse(List.of()));
        }
        return view;
    }

    private static List<Map<String, String>> recentMessages(HexThread thread, Instant now) {
        return TranscriptPage.latest(Transcript.blocks(thread, now), RECENT_MESSAGES).blocks().stream()
                .map(text -> Map.of("type", "text", "text", text))
                .toList();
    }

    private static Map<String, Object> table(ResultTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sql", table.sql());
        json.put("columns", table.columns());
        json.put("rows", table.rows());
        json.put("rowCount", table.rows().size());
        json.put("truncated", table.truncated());
        return json;
    }
}
