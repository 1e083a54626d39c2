package dev.hexgate.poller.state;

import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadFinished;
import java.time.Instant;

/**
 * One wait on a Hex thread, as {@code poller.thread_state} holds it.
 *
 * @param currentPollId    the one poll that may act on the thread now
 * @param polls            polls done so far
 * @param finishedEvent    the finish as claimed (FINISHING) or published (FINISHED); null while WAITING
 * @param finishClaimedAt  when the finish was claimed
 */
public record ThreadState(String threadId, String commandId, String userKey, Origin origin, String url, String expect,
        Instant deadline, Phase phase, String currentPollId, int polls, ThreadFinished finishedEvent,
        Instant finishClaimedAt) {

    /** WAITING: polls go on. FINISHING: a finish is claimed, maybe not on Kafka yet. FINISHED: it is on Kafka. */
    public enum Phase { WAITING, FINISHING, FINISHED }
}
