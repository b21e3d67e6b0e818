-- The items newest first, as the feeds list them (published, then storing order), so a start can read the newest
-- items first and publish the feeds they settle before it has read the rest.
CREATE INDEX items_published ON items (published DESC, sequence);
