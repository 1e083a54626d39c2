package dev.hexgate.gateway.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What this instance's results consumer did with the results it read, since start. Every instance reads every
 * result; only those addressed to it complete a call. Shown on the health endpoint ({@code commandResults}).
 */
@Component
public class ResultCounts {

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong forOtherInstances = new AtomicLong();
    private final AtomicLong noWaitingCall = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();

    void delivered() {
        delivered.incrementAndGet();
    }

    void forOtherInstance() {
        forOtherInstances.incrementAndGet();
    }

    /** Addressed to this instance, but its call had ended (timed out, or the client went away). */
    void noWaitingCall() {
        noWaitingCall.incrementAndGet();
    }

    void unreadable() {
        unreadable.incrementAndGet();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("delivered", delivered.get());
        counts.put("forOtherInstances", forOtherInstances.get());
        counts.put("noWaitingCall", noWaitingCall.get());
        counts.put("unreadable", unreadable.get());
        return counts;
    }
}
