-- One row per AuthorizationGranted whose parked command was put back on hexgate.commands, so that a redelivered
-- grant does not run the command a second time (a read would answer twice; a mutation is covered by the ledger).
CREATE TABLE resumed_grants (
    event_id    text        PRIMARY KEY,
    command_id  text        NOT NULL,
    resumed_at  timestamptz NOT NULL
);

CREATE INDEX resumed_grants_resumed_at ON resumed_grants (resumed_at);
