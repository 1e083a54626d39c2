-- token-vault's own schema (vault); Flyway creates it and runs these scripts with it as the search path.

-- One row per user and provider: the non-secret part of a credential, in plain columns. The secrets are in
-- credential_secret. This row is what a refresh locks (SELECT ... FOR UPDATE) so that only one instance refreshes
-- a user's grant at a time.
CREATE TABLE credential (
    user_key              text        NOT NULL,
    provider              text        NOT NULL CHECK (provider IN ('hex-mcp', 'hex-api')),
    hex_user_id           text,
    hex_user_email        text,
    -- hex-mcp (OAuth) only
    expires_at            timestamptz,
    scopes                text,        -- space-separated, as in OAuth
    issuer                text,
    token_endpoint        text,
    revocation_endpoint   text,
    resource              text,
    client_id             text,
    redirect_uri          text,
    client_registered_at  timestamptz,
    -- bookkeeping
    connected_at          timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    last_used_at          timestamptz,
    version               bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (user_key, provider),
    CONSTRAINT oauth_rows_name_their_client
        CHECK (provider <> 'hex-mcp' OR (client_id IS NOT NULL AND token_endpoint IS NOT NULL))
);

-- The secrets of a credential, one row each, AES-256-GCM under the key named in key_id. The ciphertext is bound
-- to (user_key, provider, kind) as associated data, so it decrypts in this row only. The re-encryption sweep
-- selects rows whose key_id is not the active one.
CREATE TABLE credential_secret (
    user_key    text        NOT NULL,
    provider    text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('access-token', 'refresh-token', 'client-secret', 'api-token')),
    key_id      text        NOT NULL,
    ciphertext  bytea       NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (user_key, provider, kind),
    FOREIGN KEY (user_key, provider) REFERENCES credential (user_key, provider) ON DELETE CASCADE
);

CREATE INDEX credential_secret_by_key ON credential_secret (key_id);

-- One-time links to the connect pages. Only the SHA-256 of the link token is stored: the database alone cannot
-- be used to open a link. A link is consumed exactly once (consumed_at), and is void after expires_at.
CREATE TABLE connect_link (
    token_hash   bytea       PRIMARY KEY,
    user_key     text        NOT NULL,
    provider     text        NOT NULL CHECK (provider IN ('hex-mcp', 'hex-api')),
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    consumed_at  timestamptz
);

CREATE INDEX connect_link_expiry ON connect_link (expires_at);

-- Gateway API keys (hxg_...). Only the SHA-256 of the key is stored; the key is shown once, when issued.
CREATE TABLE api_key (
    id            uuid        PRIMARY KEY,
    user_name     text        NOT NULL,
    key_hash      bytea       NOT NULL UNIQUE,
    -- admin: issued through POST /admin/api-keys; bootstrap: imported from configuration at startup
    origin        text        NOT NULL CHECK (origin IN ('admin', 'bootstrap')),
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
