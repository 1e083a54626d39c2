package dev.hexgate.gateway.commands;

import dev.hexgate.contracts.codec.MalformedEventException;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.gateway.GatewayProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every command result and completes the calls that this instance is holding.
 *
 * <p>Each gateway instance reads the whole results topic in a consumer group of its own (the group id contains the
 * instance id), starting at the end: results are only useful to a call that is still open, and a call is only
 * open on the instance whose id is in the command's origin. Results for other instances are skipped cheaply.
 * {@link ResultCounts} keeps count of what was delivered and skipped.
 */
@Component
public class CommandResultsListener {

    private static final Logger log = LoggerFactory.getLogger(CommandResultsListener.class);

    private final PendingCommands pending;
    private final ResultCounts counts;
    private final String instanceId;

    public CommandResultsListener(PendingCommands pending, ResultCounts counts, GatewayProperties properties) {
        this.pending = pending;
        this.counts = counts;
        this.instanceId = properties.instanceId();
    }

    @KafkaListener(
            id = "gateway-command-results",
            containerFactory = ResultsListenerConfiguration.FACTORY,
            topics = Topics.COMMAND_RESULTS,
            groupId = "#{__listener.groupId()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    public void onResult(ConsumerRecord<String, byte[]> record) {
        HexgateEvent event;
        try {
            event = EventRecords.fromRecord(record);
        } catch (MalformedEventException e) {
            log.warn("skipping unreadable command result: {}", e.getMessage());
            counts.unreadable();
            return;
        }
        if (event instanceof CommandCompleted completed) {
            route(completed.origin(), completed.commandId(), CommandOutcome.of(completed));
        } else if (event instanceof CommandFailed failed) {
            route(failed.origin(), failed.commandId(), CommandOutcome.of(failed));
        }
    }

    /** A consumer group of this instance's own, so every instance sees every result. */
    public String groupId() {
        return "gateway-mcp-" + instanceId;
    }

    private boolean isMine(Origin origin) {
        return origin != null && origin.mcp() != null && instanceId.equals(origin.mcp().gatewayInstanceId());
    }

    private void route(Origin origin, String commandId, CommandOutcome outcome) {
        if (!isMine(origin)) {
            counts.forOtherInstance();
        } else if (pending.complete(commandId, outcome)) {
            counts.delivered();
        } else {
            counts.noWaitingCall();
            log.debug("result for command {} arrived after its call ended", commandId);
        }
    }
}
