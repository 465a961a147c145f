-- The office's quarter: the audit trail of every change of state, the office's review decisions, and
-- which assessment run each published version of a period is. Times are UTC.
CREATE TABLE audit_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    at_utc          DATETIME      NOT NULL,
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    return_id       BIGINT        NOT NULL,
    event           VARCHAR(32)   NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    reason          VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_audit_event_period ON audit_event (plan_id, period_code);

CREATE TABLE review_decision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id       BIGINT        NOT NULL,
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    decision        VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    decided_utc     DATETIME      NOT NULL
);

CREATE TABLE period_publication (
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    version         INT           NOT NULL,
    run_id          BIGINT        NOT NULL,
    published_utc   DATETIME      NOT NULL,
    published_by    VARCHAR(100)  NOT NULL,
    reopened_utc    DATETIME,
    reopened_by     VARCHAR(100),
    reopen_reason   VARCHAR(1000),
    PRIMARY KEY (plan_id, period_code, version)
);
