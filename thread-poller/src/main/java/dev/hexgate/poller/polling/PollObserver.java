package dev.hexgate.poller.polling;

import dev.hexgate.contracts.events.ThreadPollDue;
import java.time.Instant;

/** Told just before each poll asks Hex: for tests (never early) and the benchmark (lateness). */
@FunctionalInterface
public interface PollObserver {

    PollObserver NONE = (poll, at) -> { };

    void polling(ThreadPollDue poll, Instant at);
}
