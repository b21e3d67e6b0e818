-- items_placed counts the items of a fetch whose dateline the gazetteer placed (null when the attempt
-- failed, the page was not modified, or the fetch is older than this column), so a page whose items
-- all stopped being placed raises an alarm.
ALTER TABLE fetches ADD COLUMN items_placed INTEGER NULL;

-- Why the server paused a source by itself (its stored schedule can never fire, or fires more often
-- than Syndicate:MinPollInterval allows); null when it runs, or when an admin paused it.
ALTER TABLE sources ADD COLUMN pause_reason TEXT NULL;
