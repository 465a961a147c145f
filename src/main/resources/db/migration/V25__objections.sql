-- 异议: while a period's draft (征求意见稿) is out, units may object to their scores until a deadline the office sets
-- per period. objection_window: the deadline (Beijing date) and the scoring run the 异议表 show. objection: one row
-- per item a unit objects to (item_code '' for its total or anything else), the file it came in, whether it came
-- after the deadline, and the office's decision (ADOPTED 采纳 / REJECTED 不采纳) with its reason. Times are UTC.
CREATE TABLE objection_window (
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    deadline        DATE          NOT NULL,
    run_id          BIGINT        NOT NULL,
    opened_by       VARCHAR(100)  NOT NULL,
    opened_utc      DATETIME      NOT NULL,
    PRIMARY KEY (plan_id, period_code)
);

CREATE TABLE objection (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    item_code       VARCHAR(16)   NOT NULL,
    claim           VARCHAR(2000) NOT NULL,
    evidence        VARCHAR(1000) NOT NULL,
    original_name   VARCHAR(255)  NOT NULL,
    stored_path     VARCHAR(500)  NOT NULL,
    content_hash    CHAR(64)      NOT NULL,
    received_utc    DATETIME      NOT NULL,
    late            BOOLEAN       NOT NULL,
    decision        VARCHAR(16)   NULL,
    reason          VARCHAR(1000) NULL,
    decided_by      VARCHAR(100)  NULL,
    decided_utc     DATETIME      NULL
);
CREATE UNIQUE INDEX uq_objection_item ON objection (plan_id, period_code, unit_code, item_code, content_hash);
