package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.HexgateEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What handling one command produced: the result event, the audit records and other events to publish with it
 * (e.g. {@code ThreadStarted}), and what to note once Kafka has acknowledged them (e.g. "published" in the ledger, a
 * run's last seen status).
 */
public record Execution(HexgateEvent result, List<AuditRecorded> audits, List<HexgateEvent> followUps,
        Runnable afterPublish) {

    private static final Runnable NOTHING = () -> { };

    public Execution {
        audits = List.copyOf(audits);
        followUps = List.copyOf(followUps);
        afterPublish = afterPublish == null ? NOTHING : afterPublish;
    }

    public Execution(HexgateEvent result, List<AuditRecorded> audits, Runnable afterPublish) {
        this(result, audits, List.of(), afterPublish);
    }

    public static Execution of(HexgateEvent result) {
        return new Execution(result, List.of(), NOTHING);
    }

    /** This execution plus one more audit record and one more thing to note after publishing. */
    Execution and(AuditRecorded audit, Runnable after) {
        List<AuditRecorded> all = new ArrayList<>(audits);
        all.add(audit);
        Runnable first = afterPublish;
        return new Execution(result, all, followUps, () -> {
            first.run();
            after.run();
        });
    }

    /** This execution plus one more event to publish with the result. */
    Execution andThen(HexgateEvent followUp) {
        List<HexgateEvent> all = new ArrayList<>(followUps);
        all.add(followUp);
        return new Execution(result, audits, all, afterPublish);
    }
}
