-- Every attempt to ingest a source, successful or not. Instants are Unix milliseconds (UTC).
-- http_status is null for file sources and for failures before a response; items_found and
-- items_new are null when the attempt failed or the page was not modified (304), and error is null
-- when it succeeded. items_dated counts the items whose age parsed. not_before is set when the
-- attempt asks the scheduler to wait (a Retry-After, or back-off after repeated failures); etag and
-- last_modified are the page's validators, sent with the next request; final_url is where the page
-- was found after redirects.
CREATE TABLE fetches (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    source_id    TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL,
    http_status  INTEGER NULL,
    items_found  INTEGER NULL,
    items_new    INTEGER NULL,
    items_dated  INTEGER NULL,
    error        TEXT    NULL,
    not_before   INTEGER NULL,
    etag         TEXT    NULL,
    last_modified INTEGER NULL,
    final_url    TEXT    NULL
);

CREATE INDEX fetches_source ON fetches (source_id, started_at DESC);

CREATE INDEX items_source_first_seen ON items (source_id, first_seen);
