-- The text ?q= searches: each item's title and wire text (dateline, agency codes, body), folded as the
-- keyword filter folds its words (lower case, no accents, letters and digits only) and joined by single
-- spaces. Written with the item, in the same transaction, by the item store; items stored before this
-- migration are indexed at the next start. The trigram tokenizer finds any part of a word of three or more
-- letters; shorter words are matched with LIKE on the same table.
CREATE VIRTUAL TABLE item_search USING fts5 (
    item_id UNINDEXED,
    text,
    tokenize = 'trigram'
);
