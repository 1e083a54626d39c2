package dev.hexgate.gateway.threads;

import dev.hexgate.contracts.codec.MalformedEventException;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.gateway.GatewayProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads thread-poller's reports on {@code hexgate.threads} and hands those about this instance's open
 * {@code ask_hex} calls to {@link ThreadWatches}. Like the results listener, every instance reads the whole topic
 * in a group of its own from the end, without committing: a report is only useful to a call still open, and a
 * call is only open on the instance named in the thread's origin. {@code ThreadStarted} is for thread-poller and
 * is skipped here.
 */
@Component
public class ThreadEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ThreadEventsListener.class);

    private final ThreadWatches watches;
    private final String instanceId;

    public ThreadEventsListener(ThreadWatches watches, GatewayProperties properties) {
        this.watches = watches;
        this.instanceId = properties.instanceId();
    }

    @KafkaListener(
            id = "gateway-thread-events",
            containerFactory = ThreadEventsConfiguration.FACTORY,
            topics = Topics.THREADS,
            groupId = "#{__listener.groupId()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    public void onEvent(ConsumerRecord<String, byte[]> record) {
        HexgateEvent event;
        try {
            event = EventRecords.fromRecord(record);
        } catch (MalformedEventException e) {
            log.warn("skipping unreadable thread event: {}", e.getMessage());
            return;
        }
        if (event instanceof ThreadProgressed progressed && isMine(progressed.origin())) {
            watches.deliver(progressed.commandId(), progressed);
        } else if (event instanceof ThreadFinished finished && isMine(finished.origin())) {
            if (!watches.deliver(finished.commandId(), finished)) {
                log.debug("thread {} finished after its call ended", finished.threadId());
            }
        }
    }

    /** A consumer group of this instance's own, so every instance sees every report. */
    public String groupId() {
        return "gateway-mcp-threads-" + instanceId;
    }

    private boolean isMine(Origin origin) {
        return origin != null && origin.mcp() != null && instanceId.equals(origin.mcp().gatewayInstanceId());
    }
}
