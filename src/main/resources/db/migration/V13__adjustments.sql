-- The office's 加减分 and 一票否决 applied by an assessment run, one row per line of the period's
-- adjustments file, so a stored result shows what it was adjusted by and why.
CREATE TABLE assessment_adjustment (
    run_id          BIGINT        NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    ordinal         INT           NOT NULL,
    item_code       VARCHAR(16),
    points          DECIMAL(12,4),
    veto            BOOLEAN       NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    document        VARCHAR(200)  NOT NULL,
    PRIMARY KEY (run_id, unit_code, ordinal),
    CONSTRAINT fk_assessment_adjustment_run FOREIGN KEY (run_id) REFERENCES assessment_run (id)
);
