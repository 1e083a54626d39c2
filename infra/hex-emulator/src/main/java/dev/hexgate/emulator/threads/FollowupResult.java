package dev.hexgate.emulator.threads;

/**
 * How a follow-up went. {@code NOT_FOUND} also covers someone else's thread, so callers cannot probe for ids.
 *
 * @param thread the thread after the follow-up ({@code CONTINUED}) or as it was ({@code NOT_IDLE}); null otherwise
 * @param status the status that refused the follow-up ({@code NOT_IDLE} only)
 */
public record FollowupResult(Outcome outcome, HexThread thread, ThreadStatus status) {

    public enum Outcome {
        CONTINUED, NOT_FOUND, NOT_IDLE
    }

    static FollowupResult continued(HexThread thread) {
        return new FollowupResult(Outcome.CONTINUED, thread, null);
    }

    static FollowupResult notFound() {
        return new FollowupResult(Outcome.NOT_FOUND, null, null);
    }

    static FollowupResult refused(HexThread thread, ThreadStatus status) {
        return new FollowupResult(Outcome.NOT_IDLE, thread, status);
    }

    /** The sentence both REST and MCP answer with when a follow-up is refused. */
    public String refusalMessage() {
        if (status == ThreadStatus.RUNNING) {
            return "Thread " + thread.id() + " is still running; wait until its status is IDLE before sending a "
                    + "follow-up (follow-ups are not queued).";
        }
        return "Thread " + thread.id() + " ended in " + status + "; only an IDLE thread can be continued. "
                + "Start a new thread instead.";
    }
}
