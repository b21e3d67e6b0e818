-- Wire items, their credited agencies, and every sighting that dated them.
-- Instants are Unix milliseconds (UTC). A window is (window_lo, window_hi]; a null lo is unbounded.
CREATE TABLE items (
    id          TEXT    NOT NULL PRIMARY KEY,
    title       TEXT    NOT NULL,
    headline    TEXT    NULL,
    dateline    TEXT    NULL,
    place       TEXT    NULL,
    body        TEXT    NOT NULL,
    section     TEXT    NULL,
    link        TEXT    NULL,
    source_id   TEXT    NOT NULL,
    window_lo   INTEGER NULL,
    window_hi   INTEGER NOT NULL,
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    updated     INTEGER NOT NULL
);

CREATE INDEX items_window_hi ON items (window_hi DESC);

CREATE TABLE item_agencies (
    item_id   TEXT    NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    agency    TEXT    NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE INDEX item_agencies_agency ON item_agencies (agency);

CREATE TABLE sightings (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    item_id      TEXT    NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    source_id    TEXT    NOT NULL,
    captured_at  INTEGER NOT NULL,
    age_text     TEXT    NULL,
    window_lo    INTEGER NULL,
    window_hi    INTEGER NOT NULL
);

CREATE INDEX sightings_item ON sightings (item_id, captured_at);
