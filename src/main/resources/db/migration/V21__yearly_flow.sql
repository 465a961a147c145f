-- A running total's addition asked each year beside its total by the end year (003 附件4: 每年新增“鲁班奖”8—9个，
-- 到2019年共新增25个); null when the plan asks none.
ALTER TABLE plan_indicator ADD COLUMN yearly DECIMAL(19,6);
