package dev.hexgate.poller.state;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadStarted;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code poller.thread_state}: the per-thread record that makes polls idempotent and the finish happen once.
 * Every change is one conditional statement that commits on its own: it names the poll it expects to be current,
 * so of two deliveries of one poll (or two instances during a rebalance) only one moves the thread on.
 *
 * <p>Blocking JDBC; callers run it off event loops.
 */
public class ThreadStates {

    private final JdbcClient jdbc;

    public ThreadStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new wait, its first poll named; false when it was recorded already (a redelivered start). */
    public boolean start(ThreadStarted started, String firstPollId) {
        return jdbc.sql("""
                INSERT INTO poller.thread_state (thread_id, command_id, user_key, origin, url, expect, started_event_id,
                                          started_at, deadline, state, current_poll_id)
                VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, 'WAITING', ?)
                ON CONFLICT (thread_id, command_id) DO NOTHING
                """)
                .params(started.threadId(), started.commandId(), started.userKey(),
                        EventCodec.mapper().writeValueAsString(started.origin()), started.url(), started.expect(),
                        started.eventId(), timestamp(started.startedAt()), timestamp(started.deadline()),
                        firstPollId)
                .update() == 1;
    }

    public Optional<ThreadState> find(String threadId, String commandId) {
        return jdbc.sql("""
                SELECT thread_id, command_id, user_key, origin::text AS origin, url, expect, deadline, state,
                       current_poll_id, polls, finished_event::text AS finished_event, finish_claimed_at
                FROM poller.thread_state WHERE thread_id = ? AND command_id = ?
                """)
                .params(threadId, commandId)
                .query(ThreadStates::row)
                .optional();
    }

    /** Poll {@code fromPollId} handed the thread on to {@code toPollId}; false if it was not current (a duplicate). */
    public boolean advance(String threadId, String commandId, String fromPollId, String toPollId, int polls,
            String status) {
        return jdbc.sql("""
                UPDATE poller.thread_state SET current_poll_id = ?, polls = ?, last_status = ?, updated_at = now()
                WHERE thread_id = ? AND command_id = ? AND current_poll_id = ? AND state = 'WAITING'
                """)
                .params(toPollId, polls, status, threadId, commandId, fromPollId)
                .update() == 1;
    }

    /**
     * Claims the thread's finish for poll {@code pollId}, storing the event exactly as it will be published; false
     * if that poll was not current or the thread is finishing already.
     */
    public boolean claimFinish(String threadId, String commandId, String pollId, int polls, String status,
            ThreadFinished event) {
        return jdbc.sql("""
                UPDATE poller.thread_state SET state = 'FINISHING', finished_event = CAST(? AS jsonb), polls = ?,
                       last_status = ?, finish_claimed_at = now(), updated_at = now()
                WHERE thread_id = ? AND command_id = ? AND current_poll_id = ? AND state = 'WAITING'
                """)
                .params(new String(EventCodec.encode(event), java.nio.charset.StandardCharsets.UTF_8), polls,
                        status, threadId, commandId, pollId)
                .update() == 1;
    }

    /** Kafka has the finish. */
    public void markFinished(String threadId, String commandId) {
        jdbc.sql("""
                UPDATE poller.thread_state SET state = 'FINISHED', finished_at = now(), updated_at = now()
                WHERE thread_id = ? AND command_id = ? AND state = 'FINISHING'
                """)
                .params(threadId, commandId)
                .update();
    }

    private static ThreadState row(ResultSet rs, int rowNum) throws SQLException {
        String finished = rs.getString("finished_event");
        return new ThreadState(rs.getString("thread_id"), rs.getString("command_id"), rs.getString("user_key"),
                EventCodec.mapper().readValue(rs.getString("origin"), Origin.class), rs.getString("url"),
                rs.getString("expect"), instant(rs.getTimestamp("deadline")),
                ThreadState.Phase.valueOf(rs.getString("state")), rs.getString("current_poll_id"),
                rs.getInt("polls"),
                finished == null ? null : EventCodec.mapper().readValue(finished, ThreadFinished.class),
                instant(rs.getTimestamp("finish_claimed_at")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
