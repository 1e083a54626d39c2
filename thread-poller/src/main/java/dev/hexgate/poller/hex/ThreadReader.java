package dev.hexgate.poller.hex;

import reactor.core.publisher.Mono;

/**
 * The port to Hex's {@code get_thread}: one read of one thread, as the thread's owner. Answers a
 * {@link ThreadSnapshot}, or fails with a {@link ThreadReadException} saying whether trying again can help.
 * Implementations must not block the subscribing thread: the poller calls this for hundreds of threads at once.
 */
public interface ThreadReader {

    Mono<ThreadSnapshot> read(String userKey, String threadId);
}
