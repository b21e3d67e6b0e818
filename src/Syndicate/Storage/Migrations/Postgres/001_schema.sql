-- The schema the SQLite migrations 001 to 008 build, in one script for PostgreSQL: the same tables and columns with
-- the same meanings (see each SQLite script for them). Differences: BIGINT where SQLite says INTEGER (instants are
-- Unix milliseconds), BOOLEAN flags, identity columns for AUTOINCREMENT, items.sequence for SQLite's rowid (the order
-- items were first stored in), and item_search as a plain table with a pg_trgm index instead of an FTS5 table.
CREATE TABLE items (
    sequence        BIGINT  GENERATED ALWAYS AS IDENTITY UNIQUE,
    id              TEXT    NOT NULL PRIMARY KEY,
    title           TEXT    NOT NULL,
    headline        TEXT    NULL,
    dateline        TEXT    NULL,
    place           TEXT    NULL,
    body            TEXT    NOT NULL,
    section         TEXT    NULL,
    link            TEXT    NULL,
    source_id       TEXT    NOT NULL,
    window_lo       BIGINT  NULL,
    window_hi       BIGINT  NOT NULL,
    first_seen      BIGINT  NOT NULL,
    last_seen       BIGINT  NOT NULL,
    last_polled_at  BIGINT  NULL,
    published       BIGINT  NOT NULL DEFAULT 0,
    revised         BIGINT  NULL
);

CREATE INDEX items_window_hi ON items (window_hi DESC);
CREATE INDEX items_source_first_seen ON items (source_id, first_seen);
CREATE INDEX items_last_polled ON items (last_polled_at);
CREATE INDEX items_source_last_polled ON items (source_id, last_polled_at);

CREATE TABLE item_agencies (
    item_id   TEXT    NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position  BIGINT  NOT NULL,
    agency    TEXT    NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE INDEX item_agencies_agency ON item_agencies (agency);

CREATE TABLE sightings (
    id                BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id           TEXT    NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    source_id         TEXT    NOT NULL,
    captured_at       BIGINT  NOT NULL,
    age_text          TEXT    NULL,
    window_lo         BIGINT  NULL,
    window_hi         BIGINT  NOT NULL,
    last_captured_at  BIGINT  NULL,
    captures          BIGINT  NOT NULL DEFAULT 1
);

CREATE INDEX sightings_item ON sightings (item_id, captured_at);
CREATE INDEX sightings_last_captured ON sightings (last_captured_at);
CREATE INDEX sightings_source ON sightings (source_id, last_captured_at);

CREATE TABLE sources (
    id                    TEXT     NOT NULL PRIMARY KEY,
    url                   TEXT     NOT NULL,
    language              TEXT     NOT NULL,
    time_zone             TEXT     NOT NULL,
    country               TEXT     NULL,
    section               TEXT     NULL,
    age_rounding          TEXT     NOT NULL,
    selectors             TEXT     NULL,
    allow_private_network BOOLEAN  NOT NULL DEFAULT FALSE,
    cron                  TEXT     NULL,
    interval_seconds      BIGINT   NULL,
    adaptive_min_seconds  BIGINT   NULL,
    adaptive_max_seconds  BIGINT   NULL,
    paused                BOOLEAN  NOT NULL DEFAULT FALSE,
    pause_reason          TEXT     NULL,
    managed_by            TEXT     NOT NULL CHECK (managed_by IN ('config', 'api')),
    api_modified_at       BIGINT   NULL,
    deleted_at            BIGINT   NULL,
    CHECK ((cron IS NOT NULL)::int + (interval_seconds IS NOT NULL)::int + (adaptive_min_seconds IS NOT NULL)::int = 1),
    CHECK ((adaptive_min_seconds IS NULL) = (adaptive_max_seconds IS NULL))
);

CREATE TABLE fetches (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id     TEXT    NOT NULL,
    started_at    BIGINT  NOT NULL,
    duration_ms   BIGINT  NOT NULL,
    http_status   BIGINT  NULL,
    items_found   BIGINT  NULL,
    items_new     BIGINT  NULL,
    items_dated   BIGINT  NULL,
    error         TEXT    NULL,
    not_before    BIGINT  NULL,
    etag          TEXT    NULL,
    last_modified BIGINT  NULL,
    final_url     TEXT    NULL,
    items_placed  BIGINT  NULL
);

CREATE INDEX fetches_source ON fetches (source_id, started_at DESC);
CREATE INDEX fetches_started ON fetches (started_at);

-- The text ?q= searches (see the SQLite script 005): any part of a word is found by LIKE '%part%', which the
-- trigram index serves for parts of three letters or more.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE item_search (
    item_id  TEXT  NOT NULL PRIMARY KEY,
    text     TEXT  NOT NULL
);

CREATE INDEX item_search_text ON item_search USING gin (text gin_trgm_ops);
