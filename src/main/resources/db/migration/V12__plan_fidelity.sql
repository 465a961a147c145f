-- Plan fidelity: alternatives ("或") among criteria, which categories lead the leadership report and
-- which come from a national checklist, and units' own values before the plan (baselines.csv).
ALTER TABLE plan_indicator ADD COLUMN either_of VARCHAR(16);
ALTER TABLE plan_version ADD COLUMN headline_categories VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE plan_version ADD COLUMN checklist_categories VARCHAR(200) NOT NULL DEFAULT '';

CREATE TABLE plan_baseline (
    plan_version_id BIGINT        NOT NULL,
    indicator_code  VARCHAR(16)   NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    baseline_year   INT           NOT NULL,
    baseline        DECIMAL(19,6) NOT NULL,
    source          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (plan_version_id, indicator_code, unit_code, baseline_year),
    CONSTRAINT fk_plan_baseline_indicator FOREIGN KEY (plan_version_id, indicator_code)
        REFERENCES plan_indicator (plan_version_id, code)
);
