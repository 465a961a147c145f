-- Assessment results: one run per assess of a period, with the plan version it was scored under and
-- every item's value, target, rule and source, so a score can be explained years later.

CREATE TABLE assessment_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         VARCHAR(64)   NOT NULL,
    plan_version    CHAR(64)      NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    started_at      TIMESTAMP     NOT NULL,
    finished_at     TIMESTAMP     NULL
);

CREATE TABLE assessment_unit (
    run_id          BIGINT        NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    weight_sum      DECIMAL(19,6) NOT NULL,
    score_sum       DECIMAL(38,20) NOT NULL,
    late_penalty    DECIMAL(12,4) NOT NULL,
    total           DECIMAL(38,20),
    PRIMARY KEY (run_id, unit_code),
    CONSTRAINT fk_assessment_unit_run FOREIGN KEY (run_id) REFERENCES assessment_run (id)
);

CREATE TABLE assessment_item (
    run_id          BIGINT        NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    ordinal         INT           NOT NULL,
    item_code       VARCHAR(16)   NOT NULL,
    item_name       VARCHAR(200)  NOT NULL,
    item_type       VARCHAR(16)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    value_number    DECIMAL(19,6),
    value_text      VARCHAR(500)  NOT NULL,
    target_text     VARCHAR(100)  NOT NULL,
    target          DECIMAL(19,6),
    expected        DECIMAL(38,20),
    completion      DECIMAL(38,20),
    weight          DECIMAL(12,4) NOT NULL,
    score           DECIMAL(38,20),
    flag            VARCHAR(16)   NOT NULL,
    rule_text       VARCHAR(1000) NOT NULL,
    source_file     VARCHAR(1000) NOT NULL,
    source_cell     VARCHAR(40)   NOT NULL,
    PRIMARY KEY (run_id, unit_code, item_code),
    CONSTRAINT fk_assessment_item_unit FOREIGN KEY (run_id, unit_code) REFERENCES assessment_unit (run_id, unit_code)
);
