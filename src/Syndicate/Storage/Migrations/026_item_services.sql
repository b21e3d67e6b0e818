-- The regional services credited with the agencies ("dpa/lby" for dpa's Libya service), separated by spaces in
-- credit order; null when the item credits none.
ALTER TABLE items ADD COLUMN services TEXT NULL;
