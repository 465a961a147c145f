-- 核查: a reproducible sample of units and items drawn for on-site verification of a period, and the verdict on each
-- (TRUE 属实, REDUCED 核减为 verified_value, FALSE 不属实) with its reason. Scoring uses a reduced value instead of
-- the reported one, and scores a false one as not reported. Times are UTC.
CREATE TABLE verification_sample (
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    seed            BIGINT        NOT NULL,
    units           INT           NOT NULL,
    items           INT           NOT NULL,
    drawn_by        VARCHAR(100)  NOT NULL,
    drawn_utc       DATETIME      NOT NULL,
    PRIMARY KEY (plan_id, period_code)
);

CREATE TABLE verification_item (
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    item_code       VARCHAR(16)   NOT NULL,
    reported        DECIMAL(20,6) NOT NULL,
    verdict         VARCHAR(16)   NULL,
    verified_value  DECIMAL(20,6) NULL,
    reason          VARCHAR(1000) NULL,
    decided_by      VARCHAR(100)  NULL,
    decided_utc     DATETIME      NULL,
    PRIMARY KEY (plan_id, period_code, unit_code, item_code)
);
