-- Retention. A sighting that says what the item's previous sighting from the same source said (the same
-- age text, a window overlapping it) extends that row instead of adding one: last_captured_at is the
-- latest capture it stands for, captures how many there were, and its window the intersection of theirs.
ALTER TABLE sightings ADD COLUMN last_captured_at INTEGER NULL;
ALTER TABLE sightings ADD COLUMN captures INTEGER NOT NULL DEFAULT 1;

-- Repeats stored before this migration (the same item, source, age text and window) become one row each.
CREATE TEMP TABLE sighting_repeats AS
    SELECT MIN(id) AS id, MAX(captured_at) AS last_captured_at, COUNT(*) AS captures
    FROM sightings
    GROUP BY item_id, source_id, age_text, window_lo, window_hi;
UPDATE sightings
SET last_captured_at = (SELECT r.last_captured_at FROM sighting_repeats r WHERE r.id = sightings.id),
    captures = (SELECT r.captures FROM sighting_repeats r WHERE r.id = sightings.id)
WHERE id IN (SELECT id FROM sighting_repeats);
DELETE FROM sightings WHERE last_captured_at IS NULL;
DROP TABLE sighting_repeats;

-- When a fetch last found each item on a page, by the server's clock (last_seen is the page's reference time,
-- which for a file is its modification time): items are kept for a time after it.
ALTER TABLE items ADD COLUMN last_polled_at INTEGER NULL;
UPDATE items SET last_polled_at = last_seen;

-- What the maintenance job's limits look up: the oldest rows overall and per source.
CREATE INDEX sightings_last_captured ON sightings (last_captured_at);
CREATE INDEX sightings_source ON sightings (source_id, last_captured_at);
CREATE INDEX fetches_started ON fetches (started_at);
CREATE INDEX items_last_polled ON items (last_polled_at);
CREATE INDEX items_source_last_polled ON items (source_id, last_polled_at);
