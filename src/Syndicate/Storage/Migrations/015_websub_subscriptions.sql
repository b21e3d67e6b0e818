-- WebSub subscriptions (Push/): one row per verified (callback, topic), kept until its lease ends or the subscriber
-- unsubscribes. The secret signs every content distribution (X-Hub-Signature), so it is kept as given. The delivery
-- columns are the subscription's health: instants in Unix milliseconds.
CREATE TABLE websub_subscriptions (
    callback          TEXT    NOT NULL,
    topic             TEXT    NOT NULL,
    secret            TEXT    NULL,
    lease_seconds     INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    verified_at       INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    delivered         INTEGER NOT NULL DEFAULT 0,
    abandoned         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at   INTEGER NULL,
    last_status       INTEGER NULL,
    last_error        TEXT    NULL,
    last_delivered_at INTEGER NULL,
    failing_since     INTEGER NULL,
    PRIMARY KEY (callback, topic)
);

CREATE INDEX websub_subscriptions_by_topic ON websub_subscriptions (topic, expires_at);
