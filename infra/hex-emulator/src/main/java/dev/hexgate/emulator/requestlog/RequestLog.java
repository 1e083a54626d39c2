package dev.hexgate.emulator.requestlog;

import dev.hexgate.emulator.state.Resettable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The most recent requests, newest last; a bounded ring so a long-running emulator never grows without end. */
@Component
public class RequestLog implements Resettable {

    private final int capacity;
    private final ArrayDeque<LoggedRequest> entries;

    public RequestLog(RequestLogSettings settings) {
        this.capacity = settings.capacity();
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public int capacity() {
        return capacity;
    }

    public void record(LoggedRequest request) {
        synchronized (entries) {
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.addLast(request);
        }
    }

    /**
     * Up to {@code limit} requests, newest first, that match every given filter.
     *
     * @param operationId null for any
     * @param pathPrefix null for any
     * @param since null for any; otherwise requests that arrived at or after it
     */
    public List<LoggedRequest> find(String operationId, String pathPrefix, Instant since, int limit) {
        List<LoggedRequest> found = new ArrayList<>();
        synchronized (entries) {
            for (Iterator<LoggedRequest> it = entries.descendingIterator(); it.hasNext() && found.size() < limit; ) {
                LoggedRequest r = it.next();
                if ((operationId == null || operationId.equals(r.operationId()))
                        && (pathPrefix == null || r.path().startsWith(pathPrefix))
                        && (since == null || !r.time().isBefore(since))) {
                    found.add(r);
                }
            }
        }
        return found;
    }

    @Override
    public void reset() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
