package dev.hexgate.gateway.tools;

import reactor.core.publisher.Mono;

/**
 * A tool that does its own work instead of sending one command: a sequence of commands through {@link ToolCall}
 * (e.g. start a run, poll it, cancel it), or calls that never reach Hex (e.g. asking token-vault which accounts
 * are connected). It may report progress while the call is open, and answers when it is done.
 * Argument validation, result shaping and the handling of unexpected errors stay with {@link ToolCallHandler}, as
 * for every other tool. Its work must not block: wait with Reactor ({@code Mono.delay}), never with a thread.
 */
public interface SelfRunningTool extends HexTool {

    /** Does the whole call for already-validated arguments. */
    Mono<ToolOutcome> run(ToolCall call);
}
