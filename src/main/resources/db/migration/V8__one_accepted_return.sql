-- At most one accepted return per plan, unit and period, held by the database itself: current_key is
-- set only on the accepted row and is unique (NULLs, on every other row, do not collide), so two
-- workers or processes accepting the same unit's returns at once cannot both win. Neither MySQL nor
-- H2 has partial unique indexes; this column is the portable equivalent.

ALTER TABLE return_file ADD COLUMN current_key VARCHAR(120);

-- Databases written before this rule may hold two accepted rows for one unit and period: the later
-- one stands, as it would have had the rule been there.
UPDATE return_file SET status = 'SUPERSEDED'
WHERE status = 'ACCEPTED' AND id NOT IN (
    SELECT keep FROM (SELECT MAX(id) AS keep FROM return_file WHERE status = 'ACCEPTED'
                      GROUP BY plan_id, unit_code, period_code) latest);

UPDATE return_file SET current_key = CONCAT(plan_id, '|', unit_code, '|', period_code) WHERE status = 'ACCEPTED';

CREATE UNIQUE INDEX uq_return_file_current ON return_file (current_key);
