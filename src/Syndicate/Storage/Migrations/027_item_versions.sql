-- An item's earlier versions: when a capture changes its headline or text, the version it replaces is kept here
-- with the instant it was replaced and what kind of change replaced it (corrected, extended, reworded, revised).
CREATE TABLE item_versions (
    id             INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    item_id        TEXT    NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    superseded_at  INTEGER NOT NULL,
    change         TEXT    NOT NULL,
    headline       TEXT    NULL,
    body           TEXT    NOT NULL
);

CREATE INDEX item_versions_item ON item_versions (item_id, superseded_at);

-- The ids a new version's text hashes to, each pointing at the item it is a version of, so later captures of that
-- text find the item at once.
CREATE TABLE item_aliases (
    alias_id  TEXT NOT NULL PRIMARY KEY,
    item_id   TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE
);

CREATE INDEX item_aliases_item ON item_aliases (item_id);

-- The order of the items on each source's page at its last capture (stored ids, separated by spaces): a new text
-- that takes the place of an item gone since is compared with it.
CREATE TABLE source_pages (
    source_id  TEXT NOT NULL PRIMARY KEY,
    item_ids   TEXT NOT NULL
);
