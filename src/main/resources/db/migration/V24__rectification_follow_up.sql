-- 整改 follow-up. rectification_due: who a published version's 通报 asked for a written 整改 report, why and by
-- when (the version's rectify.csv, recorded with the publication); a reopened version's rows stay, and are not in
-- force while it is withdrawn. rectification_report: the reports units sent, each stored file once. Times are UTC.
CREATE TABLE rectification_due (
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    version         INT           NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    unit_name       VARCHAR(100)  NOT NULL,
    reason          VARCHAR(32)   NOT NULL,
    due_date        DATE          NOT NULL,
    PRIMARY KEY (plan_id, period_code, version, unit_code)
);

CREATE TABLE rectification_report (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    original_name   VARCHAR(255)  NOT NULL,
    stored_path     VARCHAR(500)  NOT NULL,
    content_hash    CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    received_utc    DATETIME      NOT NULL
);
CREATE UNIQUE INDEX uq_rectification_report_content ON rectification_report (plan_id, period_code, unit_code, content_hash);
