-- Returns: every file ingest has looked at, with its values traced to cells and its findings.
-- Timestamps are whole seconds (MariaDB through mysql-connector-j drops fractions); order by id.

CREATE TABLE ingest_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at      TIMESTAMP    NOT NULL,
    finished_at     TIMESTAMP    NULL,
    dry_run         BOOLEAN      NOT NULL,
    accepted        INT          NOT NULL DEFAULT 0,
    rejected        INT          NOT NULL DEFAULT 0,
    duplicates      INT          NOT NULL DEFAULT 0,
    warnings        INT          NOT NULL DEFAULT 0,
    deferred        INT          NOT NULL DEFAULT 0
);

-- One row per distinct file content: the same bytes dropped again are a duplicate, never a new return.
CREATE TABLE return_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id          BIGINT        NOT NULL,
    content_hash    CHAR(64)      NOT NULL,
    original_name   VARCHAR(1000) NOT NULL,
    inbox_folder    VARCHAR(16),
    stored_path     VARCHAR(500)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    received_at     TIMESTAMP     NOT NULL,
    plan_id         VARCHAR(64),
    plan_version    CHAR(64),
    unit_code       VARCHAR(16),
    period_code     CHAR(6),
    status          VARCHAR(16)   NOT NULL,
    superseded_by   BIGINT,
    errors          INT           NOT NULL,
    warnings        INT           NOT NULL,
    CONSTRAINT uq_return_file_hash UNIQUE (content_hash),
    CONSTRAINT fk_return_file_run FOREIGN KEY (run_id) REFERENCES ingest_run (id)
);

CREATE INDEX ix_return_file_unit_period ON return_file (plan_id, unit_code, period_code, status);

CREATE TABLE return_value (
    return_id       BIGINT        NOT NULL,
    item_code       VARCHAR(16)   NOT NULL,
    item_type       VARCHAR(16)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    value_number    DECIMAL(19,6),
    status          VARCHAR(16),
    raw_text        VARCHAR(500)  NOT NULL,
    note            VARCHAR(2000) NOT NULL,
    sheet_name      VARCHAR(31)   NOT NULL,
    cell_ref        VARCHAR(12)   NOT NULL,
    PRIMARY KEY (return_id, item_code),
    CONSTRAINT fk_return_value_file FOREIGN KEY (return_id) REFERENCES return_file (id)
);

CREATE TABLE return_finding (
    return_id       BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    code            CHAR(4)       NOT NULL,
    severity        VARCHAR(8)    NOT NULL,
    sheet_name      VARCHAR(31),
    cell_ref        VARCHAR(40),
    item_code       VARCHAR(16),
    message         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (return_id, seq),
    CONSTRAINT fk_return_finding_file FOREIGN KEY (return_id) REFERENCES return_file (id)
);

-- The same content dropped again: recorded for the submission log, pointing at the first copy.
CREATE TABLE return_duplicate (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id          BIGINT        NOT NULL,
    return_id       BIGINT        NOT NULL,
    original_name   VARCHAR(1000) NOT NULL,
    received_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_return_duplicate_file FOREIGN KEY (return_id) REFERENCES return_file (id)
);
