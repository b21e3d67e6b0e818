-- The dates a reader sees. published: the instant the feeds show for the item (Unix milliseconds), its window's
-- estimate to the whole second, moved by a later sighting only when the estimate moves more than a minute or the
-- window no longer holds it (Syndicate.Core.Feeds.ShownInstant). revised: when a capture last changed what a reader
-- reads (the text or headline corrected, an agency credited), null when nothing has. They replace updated, which
-- moved with every narrowing of the window.
ALTER TABLE items ADD COLUMN published INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN revised INTEGER NULL;

UPDATE items SET published = CASE WHEN window_lo IS NULL THEN window_hi ELSE window_lo + (window_hi - window_lo) / 2 END;
UPDATE items SET published = CASE
    WHEN window_lo IS NULL OR published - published % 1000 > window_lo THEN published - published % 1000
    WHEN published - published % 1000 + 1000 <= window_hi THEN published - published % 1000 + 1000
    ELSE published END;

ALTER TABLE items DROP COLUMN updated;
