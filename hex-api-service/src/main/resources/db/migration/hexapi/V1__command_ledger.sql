-- hex-api-service's own schema (hexapi); Flyway creates it and runs these scripts with it as the search path.

-- One row per mutating command, keyed by the command id (stable across redeliveries and re-runs). A row is
-- written as STARTED and committed before Hex is called, and finished with the result event afterwards, so a
-- redelivered command finds either the result to send again or the sign that an attempt may have reached Hex.
CREATE TABLE command_ledger (
    command_id          text        PRIMARY KEY,
    operation           text        NOT NULL,
    user_key            text        NOT NULL,
    state               text        NOT NULL CHECK (state IN ('STARTED', 'COMPLETED', 'FAILED')),
    -- when the attempt that may have reached Hex started: recovery looks for what Hex did since then
    attempt_started_at  timestamptz NOT NULL,
    -- the CommandCompleted / CommandFailed event exactly as published (json keeps the text as written)
    result_type         text,
    result              json,
    -- the AuditRecorded event for this command, published with the result
    audit               json,
    -- when the result (and audit record) were acknowledged by Kafka; null: not yet, or not known
    published_at        timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT finished_rows_hold_a_result CHECK ((state = 'STARTED') = (result IS NULL))
);

CREATE INDEX command_ledger_started ON command_ledger (attempt_started_at) WHERE state = 'STARTED';

-- The last status hexgate saw per Hex run, so that each change is audited once.
CREATE TABLE run_status (
    run_id       text        PRIMARY KEY,
    project_id   text,
    status       text        NOT NULL,
    observed_at  timestamptz NOT NULL
);
