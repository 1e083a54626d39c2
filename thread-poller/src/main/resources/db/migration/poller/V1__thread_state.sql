-- One row per wait on a Hex thread (a thread continued later is waited on again under another command id).
-- current_poll_id names the one ThreadPollDue that may act on the thread now: any other poll for it is a
-- duplicate (a redelivery after a crash, or a second copy of a re-sent poll) and is dropped.
-- A finish is claimed here (FINISHING, with the event as it will be published) before it goes to Kafka, and marked
-- FINISHED once Kafka acknowledged it; see ThreadStates.
CREATE TABLE thread_state (
    thread_id        text        NOT NULL,
    command_id       text        NOT NULL,
    user_key         text        NOT NULL,
    origin           jsonb       NOT NULL,
    url              text,
    expect           text,
    started_event_id text        NOT NULL,
    started_at       timestamptz,
    deadline         timestamptz,
    state            text        NOT NULL CHECK (state IN ('WAITING', 'FINISHING', 'FINISHED')),
    current_poll_id  text        NOT NULL,
    polls            integer     NOT NULL DEFAULT 0,
    last_status      text,
    finished_event   jsonb,
    finish_claimed_at timestamptz,
    finished_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (thread_id, command_id)
);

CREATE INDEX thread_state_finished_at ON thread_state (finished_at) WHERE finished_at IS NOT NULL;
