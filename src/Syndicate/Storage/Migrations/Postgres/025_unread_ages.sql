-- Texts on a fetched page shaped like ages that no supported language reads, separated by line breaks; null
-- when the page had none (or was not read). The source's health reports them.
ALTER TABLE fetches ADD COLUMN unread_ages TEXT NULL;
