-- Targets as plans write them. A target on the whole: the lead unit's figure is the mean or the sum of the county-level units' values (mean, sum);
-- null when the lead reports its own.
ALTER TABLE plan_indicator ADD COLUMN whole_aggregate VARCHAR(8);
-- Criteria joined by 且 (all_of): met only when every member is; null for an item that stands alone.
ALTER TABLE plan_indicator ADD COLUMN all_of VARCHAR(16);
