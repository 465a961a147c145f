-- Both plans in one database: a file's content is a duplicate only for the inbox (plan) that has seen it.
-- A provincial return dropped by mistake into the city's inbox and refused there (F008) must still be
-- accepted when it reaches the province's inbox.
ALTER TABLE return_file ADD COLUMN inbox_plan VARCHAR(64) NOT NULL DEFAULT '';
UPDATE return_file SET inbox_plan = plan_id WHERE plan_id IS NOT NULL;
ALTER TABLE return_file DROP CONSTRAINT uq_return_file_hash;
CREATE UNIQUE INDEX uq_return_file_plan_hash ON return_file (inbox_plan, content_hash);
