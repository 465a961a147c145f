-- A target on the whole: the lead unit's figure is the mean or the sum of the county-level units' values (mean, sum);
-- null when the lead reports its own.
ALTER TABLE plan_indicator ADD COLUMN whole_aggregate VARCHAR(8);
