-- RFC 5005 archives (Archives/), as SQLite's 016: every closed UTC day, and what each feed's archive of it holds,
-- frozen when the day closed.
CREATE TABLE archive_days (
    day       TEXT   NOT NULL PRIMARY KEY,
    closed_at BIGINT NOT NULL
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
