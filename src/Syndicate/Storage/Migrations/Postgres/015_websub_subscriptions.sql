-- WebSub subscriptions (Push/), as SQLite's 015: one row per verified (callback, topic); instants in Unix milliseconds.
CREATE TABLE websub_subscriptions (
    callback          TEXT    NOT NULL,
    topic             TEXT    NOT NULL,
    secret            TEXT    NULL,
    lease_seconds     BIGINT  NOT NULL,
    created_at        BIGINT  NOT NULL,
    verified_at       BIGINT  NOT NULL,
    expires_at        BIGINT  NOT NULL,
    delivered         BIGINT  NOT NULL DEFAULT 0,
    abandoned         BIGINT  NOT NULL DEFAULT 0,
    last_attempt_at   BIGINT  NULL,
    last_status       BIGINT  NULL,
    last_error        TEXT    NULL,
    last_delivered_at BIGINT  NULL,
    failing_since     BIGINT  NULL,
    PRIMARY KEY (callback, topic)
);

CREATE INDEX websub_subscriptions_by_topic ON websub_subscriptions (topic, expires_at);
