package dev.hexgate.emulator.threads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread rendered as Hex's flat list of text blocks (GetThreadMessages, and the messages of MCP get_thread):
 * chronological, each block prefixed with its author's role, error blocks tagged. A running turn shows only its
 * prompt.
 */
public final class Transcript {

    private Transcript() {
    }

    public static List<String> blocks(HexThread thread, Instant now) {
        List<String> blocks = new ArrayList<>();
        for (Turn turn : thread.turns()) {
            blocks.add("user: " + turn.prompt());
            if (turn.isReady(now)) {
                Answer answer = turn.answer();
                blocks.add(answer.failed()
                        ? "assistant: [error " + answer.error().type() + "] " + answer.error().message()
                        : "assistant: " + ThreadResponder.render(answer));
            }
        }
        return blocks;
    }
}
