package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.threads.HexThread;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.threads.Transcript;
import dev.hexgate.emulator.threads.TranscriptPage;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/v1/threads/{id}} (GetThread) and {@code GET /api/v1/threads/{threadId}/messages}
 * (GetThreadMessages). Only the thread's own user sees it; anyone else gets the same 404 as for an unknown id.
 */
@RestController
class GetThreadController {

    private static final String CURSOR_VERSION = "m1";
    private static final int DEFAULT_MESSAGES_LIMIT = 25;

    private final ThreadEngine engine;
    private final RestCallers callers;
    private final ThreadJson json;

    GetThreadController(ThreadEngine engine, RestCallers callers, ThreadJson json) {
        this.engine = engine;
        this.callers = callers;
        this.json = json;
    }

    @GetMapping("/api/v1/threads/{id}")
    ThreadJson.ThreadResponse getThread(@PathVariable String id, ServerWebExchange exchange) {
        return json.thread(ownThread(id, exchange), engine.now());
    }

    @GetMapping("/api/v1/threads/{threadId}/messages")
    MessagesPage getThreadMessages(@PathVariable String threadId,
            @RequestParam MultiValueMap<String, String> params, ServerWebExchange exchange) {
        ThreadQueryParams query = new ThreadQueryParams(params);
        int limit = query.integer("limit").orElse(DEFAULT_MESSAGES_LIMIT);
        query.requireAtMostOneCursor();
        Optional<Cursor> after = query.string("after").map(v -> Cursor.decode("after", v));
        Optional<Cursor> before = query.string("before").map(v -> Cursor.decode("before", v));
        HexThread thread = ownThread(threadId, exchange);
        List<String> blocks = Transcript.blocks(thread, engine.now());
        TranscriptPage page;
        if (after.isPresent()) {
            page = TranscriptPage.after(blocks, after.get().indexIn("after", thread, blocks), limit);
        } else if (before.isPresent()) {
            page = TranscriptPage.before(blocks, before.get().indexIn("before", thread, blocks), limit);
        } else {
            page = TranscriptPage.latest(blocks, limit);
        }
        return MessagesPage.of(thread, page);
    }

    private HexThread ownThread(String id, ServerWebExchange exchange) {
        return engine.findOwned(ThreadIds.require(id), callers.user(exchange).id())
                .orElseThrow(ThreadApiException::notFound);
    }

    /** GetThreadMessages response. */
    record MessagesPage(List<ContentBlock> content, Pagination pagination) {

        static MessagesPage of(HexThread thread, TranscriptPage page) {
            List<ContentBlock> content = page.blocks().stream().map(ContentBlock::text).toList();
            String before = page.hasOlder() && !page.blocks().isEmpty()
                    ? Cursor.encode(thread, page.firstIndex()) : null;
            String after = page.hasNewer() && !page.blocks().isEmpty()
                    ? Cursor.encode(thread, page.lastIndex()) : null;
            return new MessagesPage(content, new Pagination(after, before));
        }
    }

    record ContentBlock(String type, String text) {
        static ContentBlock text(String text) {
            return new ContentBlock("text", text);
        }
    }

    /** Both keys always present; null at the ends of the transcript. */
    record Pagination(String after, String before) {
    }

    /** A block position, bound to its thread so a cursor from one thread cannot page another. */
    private record Cursor(String threadId, int index) {

        static String encode(HexThread thread, int index) {
            return OpaqueCursor.encode(CURSOR_VERSION, thread.id().toString(), Integer.toString(index));
        }

        static Cursor decode(String name, String value) {
            List<String> parts = OpaqueCursor.decode(name, value, CURSOR_VERSION, 2);
            try {
                return new Cursor(parts.get(0), Integer.parseInt(parts.get(1)));
            } catch (NumberFormatException e) {
                throw OpaqueCursor.invalid(name);
            }
        }

        int indexIn(String name, HexThread thread, List<String> blocks) {
            if (!threadId.equals(thread.id().toString()) || index < 0 || index >= blocks.size()) {
                throw OpaqueCursor.invalid(name);
            }
            return index;
        }
    }
}
