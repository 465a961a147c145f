-- 佐证材料: files a unit sends with its return for an item (a task's meeting minutes, photos, documents), each stored
-- once by content and linked to the return it came with; and the office's 核实 / 不予认定 of a task in its review,
-- which scoring follows for that return (不予认定 scores the task as not reported). Times are UTC.
CREATE TABLE return_evidence (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id       BIGINT        NOT NULL,
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    item_code       VARCHAR(16)   NOT NULL,
    original_name   VARCHAR(255)  NOT NULL,
    stored_path     VARCHAR(500)  NOT NULL,
    content_hash    CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    received_utc    DATETIME      NOT NULL
);
CREATE UNIQUE INDEX uq_return_evidence ON return_evidence (return_id, item_code, content_hash);

CREATE TABLE task_verification (
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    item_code       VARCHAR(16)   NOT NULL,
    return_id       BIGINT        NOT NULL,
    recognised      BOOLEAN       NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    decided_by      VARCHAR(100)  NOT NULL,
    decided_utc     DATETIME      NOT NULL,
    PRIMARY KEY (plan_id, period_code, unit_code, item_code)
);
