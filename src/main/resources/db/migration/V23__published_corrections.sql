-- 更正: one unit's published result corrected without re-issuing the period. Each correction of a published
-- version is numbered from 1 and names the scoring run that holds the corrected results (the version's own run,
-- or the previous correction's, with the unit scored again). Times are UTC.
CREATE TABLE published_correction (
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    version         INT           NOT NULL,
    sequence_no     INT           NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    run_id          BIGINT        NOT NULL,
    total_before    VARCHAR(16)   NOT NULL,
    total_after     VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    corrected_by    VARCHAR(100)  NOT NULL,
    corrected_utc   DATETIME      NOT NULL,
    PRIMARY KEY (plan_id, period_code, version, sequence_no)
);
