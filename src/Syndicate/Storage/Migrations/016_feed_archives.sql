-- RFC 5005 archives (Archives/): every closed UTC day, and what each feed's archive of it holds, frozen when the day
-- closed so an archive never changes (not when retention deletes the items, not when an item is corrected later).
-- archive_entries keeps each item as the feeds showed it at the close (JSON, with its source's country, which decided
-- where its dateline was placed); archive_members says which feeds' archive of the day holds it.
CREATE TABLE archive_days (
    day       TEXT    NOT NULL PRIMARY KEY,
    closed_at INTEGER NOT NULL
);

CREATE TABLE archive_entries (
    item_id      TEXT NOT NULL PRIMARY KEY,
    day          TEXT NOT NULL REFERENCES archive_days (day),
    home_country TEXT NULL,
    item         TEXT NOT NULL
);

CREATE TABLE archive_members (
    feed_path TEXT NOT NULL,
    day       TEXT NOT NULL,
    item_id   TEXT NOT NULL REFERENCES archive_entries (item_id),
    PRIMARY KEY (feed_path, day, item_id)
);
