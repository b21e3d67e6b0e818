-- Every attempt to ingest a source, successful or not. Instants are Unix milliseconds (UTC).
-- http_status is null for file sources and for failures before a response; items_found and
-- items_new are null when the attempt failed, and error is null when it succeeded.
CREATE TABLE fetches (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    source_id    TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL,
    http_status  INTEGER NULL,
    items_found  INTEGER NULL,
    items_new    INTEGER NULL,
    error        TEXT    NULL
);

CREATE INDEX fetches_source ON fetches (source_id, started_at DESC);

CREATE INDEX items_source_first_seen ON items (source_id, first_seen);
