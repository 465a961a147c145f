-- How firmly a plan words a target (达到, 左右 with its tolerance, 争取), and units' own targets (目标分解), kept with
-- the plan version they belong to so an assessment's plan can be read back whole. A unit target with no value is one
-- the office has yet to fill (pending).
ALTER TABLE plan_target ADD COLUMN wording VARCHAR(16) NOT NULL DEFAULT 'AS_STATED';
ALTER TABLE plan_target ADD COLUMN tolerance DECIMAL(19,6);

CREATE TABLE plan_unit_target (
    plan_version_id BIGINT        NOT NULL,
    indicator_code  VARCHAR(16)   NOT NULL,
    unit_code       VARCHAR(32)   NOT NULL,
    target_year     INT           NOT NULL,
    target          DECIMAL(19,6),
    target_max      DECIMAL(19,6),
    wording         VARCHAR(16)   NOT NULL,
    tolerance       DECIMAL(19,6),
    pending         BOOLEAN       NOT NULL,
    source          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (plan_version_id, indicator_code, unit_code, target_year),
    CONSTRAINT fk_plan_unit_target_indicator FOREIGN KEY (plan_version_id, indicator_code)
        REFERENCES plan_indicator (plan_version_id, code)
);
