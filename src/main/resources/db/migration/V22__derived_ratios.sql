-- An indicator reported as numerator and denominator (004: 出口商品遭境外通报比率（通报次数/出口批次）): what the two
-- count, "通报次数/出口批次", and the scale (100 for a percentage); null for a finished number.
ALTER TABLE plan_indicator ADD COLUMN ratio_text VARCHAR(200);
ALTER TABLE plan_indicator ADD COLUMN ratio_per DECIMAL(19,6);
-- The two parts a ratio's value was derived from, kept so that a higher level can take the ratio of the sums.
ALTER TABLE return_value ADD COLUMN numerator DECIMAL(19,6);
ALTER TABLE return_value ADD COLUMN denominator DECIMAL(19,6);
