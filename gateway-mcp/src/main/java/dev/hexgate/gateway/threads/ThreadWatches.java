package dev.hexgate.gateway.threads;

import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadFinished;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Tool calls of this instance that wait on a Hex thread, by the id of the command that started it. A watch is
 * opened before that command is published and buffers what arrives until the call reads it, so neither a quick
 * {@code ThreadProgressed} nor a quick {@code ThreadFinished} is lost. The stream ends with the thread's
 * {@code ThreadFinished}.
 */
@Component
public class ThreadWatches {

    private final Map<String, Sinks.Many<HexgateEvent>> watching = new ConcurrentHashMap<>();

    /** Opens a watch; the events arrive on the thread-events listener's thread. */
    public Flux<HexgateEvent> watch(String commandId) {
        Sinks.Many<HexgateEvent> sink = Sinks.many().unicast().onBackpressureBuffer();
        watching.put(commandId, sink);
        return sink.asFlux().doFinally(signal -> watching.remove(commandId));
    }

    /** Hands an event to the call watching its command; false when none here does (another instance's, or ended). */
    public boolean deliver(String commandId, HexgateEvent event) {
        Sinks.Many<HexgateEvent> sink = event instanceof ThreadFinished
                ? watching.remove(commandId) : watching.get(commandId);
        if (sink == null || sink.tryEmitNext(event).isFailure()) {
            return false;
        }
        if (event instanceof ThreadFinished) {
            sink.tryEmitComplete();
        }
        return true;
    }

    /** Closes a watch whose call ended before reading it (the command failed, or the client went away). */
    public void forget(String commandId) {
        watching.remove(commandId);
    }

    int open() {
        return watching.size();
    }
}
