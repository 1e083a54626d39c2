package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.threads.Answer;
import dev.hexgate.emulator.threads.HexThread;
import dev.hexgate.emulator.threads.MarkdownTable;
import dev.hexgate.emulator.threads.ThreadError;
import dev.hexgate.emulator.threads.ThreadLinks;
import dev.hexgate.emulator.threads.ThreadStatus;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Threads as the REST API serves them. Fields Hex declares required-but-nullable stay as explicit nulls; the
 * emulator has no credits, topics, warnings or feedback, so those are null or empty, and the optional summary
 * fields Hex computes ({@code threadSummary}, {@code threadIntent}, {@code warningsGeneratedAt}) are left out.
 */
@Component
class ThreadJson {

    /** What {@code model} reports; Hex names its agent model here, the emulator names itself. */
    static final String MODEL = "hex-emulator";

    private final ThreadLinks links;
    private final String orgId;

    ThreadJson(ThreadLinks links, Workspace workspace) {
        this.links = links;
        this.orgId = workspace.org().id().toString();
    }

    /** GetThread. */
    record ThreadResponse(String title, Double creditsUsed, List<Object> topics, List<Object> warnings,
            List<Object> feedback, String model, String userId, String type, String source, Instant createdAt,
            boolean sensitive, String threadId, ThreadStatus status, String url, ThreadError error,
            List<ResponseBlock> response) {
    }

    /** An item of ListThreads: the same summary, keyed {@code id}/{@code orgId}, without status or response. */
    record ThreadListItem(String title, Double creditsUsed, List<Object> topics, List<Object> warnings,
            List<Object> feedback, String model, String userId, String type, String source, Instant createdAt,
            boolean sensitive, String id, String orgId, String url) {
    }

    /** A block of {@code response[]}; the emulator only produces text blocks (tables are rendered in Markdown). */
    record ResponseBlock(String type, String text) {
        static ResponseBlock text(String text) {
            return new ResponseBlock("text", text);
        }
    }

    record CreateThreadResponse(String threadId, String url, Instant createdAt, String projectId) {
    }

    record ContinueThreadResponse(String threadId, String url) {
    }

    ThreadResponse thread(HexThread thread, Instant now) {
        ThreadStatus status = thread.status(now);
        Answer answer = thread.latestAnswer(now).orElse(null);
        List<ResponseBlock> response = status == ThreadStatus.IDLE ? responseBlocks(answer) : null;
        ThreadError error = status == ThreadStatus.ERROR ? answer.error() : null;
        return new ThreadResponse(thread.title(), null, List.of(), List.of(), List.of(), MODEL,
                thread.userId().toString(), thread.type().name(), thread.source().name(), thread.createdAt(), false,
                thread.id().toString(), status, links.thread(thread.id()), error, response);
    }

    ThreadListItem listItem(HexThread thread) {
        return new ThreadListItem(thread.title(), null, List.of(), List.of(), List.of(), MODEL,
                thread.userId().toString(), thread.type().name(), thread.source().name(), thread.createdAt(), false,
                thread.id().toString(), orgId, links.thread(thread.id()));
    }

    CreateThreadResponse created(HexThread thread) {
        return new CreateThreadResponse(thread.id().toString(), links.thread(thread.id()), thread.createdAt(),
                thread.projectId() == null ? null : thread.projectId().toString());
    }

    ContinueThreadResponse continued(HexThread thread) {
        return new ContinueThreadResponse(thread.id().toString(), links.thread(thread.id()));
    }

    /** The answer's sentence, then its table (as Markdown) in a block of its own. */
    private static List<ResponseBlock> responseBlocks(Answer answer) {
        return answer.optionalTable()
                .map(table -> List.of(ResponseBlock.text(answer.text()),
                        ResponseBlock.text(MarkdownTable.render(table))))
                .orElseGet(() -> List.of(ResponseBlock.text(answer.text())));
    }
}
