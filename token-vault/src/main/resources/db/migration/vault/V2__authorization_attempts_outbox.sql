-- Authorization attempts: a user has to connect a Hex account, possibly with a command parked until they have.
-- The start URL's token and the OAuth state are 256 random bits each; only their SHA-256 is stored. Both are
-- single use (started_at, callback_at) and short-lived (expires_at, state_expires_at).
CREATE TABLE authorization_attempt (
    id                     uuid        PRIMARY KEY,
    start_token_hash       bytea       NOT NULL UNIQUE,
    user_key               text        NOT NULL,
    provider               text        NOT NULL CHECK (provider IN ('hex-mcp', 'hex-api')),
    -- the CommandRequested to run again once the user is connected (JSON; its secrets are already sealed), or null
    parked_command         text,
    created_at             timestamptz NOT NULL,
    expires_at             timestamptz NOT NULL,
    -- the start URL was opened (it works once)
    started_at             timestamptz,
    -- hex-mcp, minted when the start URL is opened: the OAuth state (hashed), the PKCE verifier (encrypted, bound
    -- to this attempt as associated data) and the client the authorization request named
    state_hash             bytea       UNIQUE,
    state_expires_at       timestamptz,
    verifier_key_id        text,
    verifier_ciphertext    bytea,
    client_issuer          text,
    client_id              text,
    client_auth_method     text,
    client_redirect_uri    text,
    client_registered_at   timestamptz,
    client_secret_key_id   text,
    client_secret_ciphertext bytea,
    -- the callback arrived with this state (it works once)
    callback_at            timestamptz,
    completed_at           timestamptz,
    -- granted, denied, failed
    outcome                text        CHECK (outcome IN ('granted', 'denied', 'failed'))
);

CREATE INDEX authorization_attempt_expiry ON authorization_attempt (expires_at);
CREATE INDEX authorization_attempt_client ON authorization_attempt (user_key, client_issuer, created_at)
    WHERE client_id IS NOT NULL;

-- A connect link opened from an attempt (hex-api) completes that attempt when the token is stored.
ALTER TABLE connect_link ADD COLUMN attempt_id uuid REFERENCES authorization_attempt (id) ON DELETE SET NULL;

-- Events to publish, written in the same transaction as the change they announce; a publisher sends them in id
-- order and marks them published (at least once).
CREATE TABLE outbox_event (
    id            bigserial   PRIMARY KEY,
    event_id      text        NOT NULL UNIQUE,
    topic         text        NOT NULL,
    event_key     text        NOT NULL,
    event_type    text        NOT NULL,
    payload       bytea       NOT NULL,
    created_at    timestamptz NOT NULL,
    published_at  timestamptz
);

CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL;
