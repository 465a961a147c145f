-- Stored plan versions. A plan is stored once per version (hash of its files), so every score can
-- name the exact plan it was computed under, years later. Plain SQL for MySQL and H2 (MySQL mode).

CREATE TABLE plan_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         VARCHAR(64)   NOT NULL,
    version         CHAR(64)      NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    document        VARCHAR(100)  NOT NULL,
    is_default      BOOLEAN       NOT NULL,
    start_period    CHAR(6)       NOT NULL,
    end_period      CHAR(6)       NOT NULL,
    outlook_years   VARCHAR(100)  NOT NULL,
    deadline_days   INT           NOT NULL,
    weight_total    DECIMAL(12,4) NOT NULL,
    late_penalty    DECIMAL(12,4) NOT NULL,
    stored_at       TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_plan_version UNIQUE (plan_id, version)
);

CREATE TABLE plan_unit (
    plan_version_id BIGINT        NOT NULL,
    ordinal         INT           NOT NULL,
    code            VARCHAR(16)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    peer_group      VARCHAR(16)   NOT NULL,
    PRIMARY KEY (plan_version_id, code),
    CONSTRAINT fk_plan_unit_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);

CREATE TABLE plan_category (
    plan_version_id BIGINT        NOT NULL,
    ordinal         INT           NOT NULL,
    code            VARCHAR(16)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    weight          DECIMAL(12,4) NOT NULL,
    PRIMARY KEY (plan_version_id, code),
    CONSTRAINT fk_plan_category_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);

CREATE TABLE plan_indicator (
    plan_version_id  BIGINT        NOT NULL,
    ordinal          INT           NOT NULL,
    code             VARCHAR(16)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    category         VARCHAR(16)   NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    direction        VARCHAR(16),
    span             INT           NOT NULL,
    unit_of_measure  VARCHAR(32)   NOT NULL,
    baseline         DECIMAL(19,6),
    baseline_year    INT,
    lead_unit        VARCHAR(16)   NOT NULL,
    due              VARCHAR(16)   NOT NULL,
    weight           DECIMAL(12,4) NOT NULL,
    deduction_points DECIMAL(12,4),
    deduction_step   DECIMAL(19,6),
    na_allowed       BOOLEAN       NOT NULL,
    source           VARCHAR(500)  NOT NULL,
    PRIMARY KEY (plan_version_id, code),
    CONSTRAINT fk_plan_indicator_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);

CREATE TABLE plan_target (
    plan_version_id BIGINT        NOT NULL,
    indicator_code  VARCHAR(16)   NOT NULL,
    target_year     INT           NOT NULL,
    target          DECIMAL(19,6),
    target_max      DECIMAL(19,6),
    source          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (plan_version_id, indicator_code, target_year),
    CONSTRAINT fk_plan_target_indicator FOREIGN KEY (plan_version_id, indicator_code)
        REFERENCES plan_indicator (plan_version_id, code)
);

CREATE TABLE plan_task (
    plan_version_id BIGINT        NOT NULL,
    ordinal         INT           NOT NULL,
    code            VARCHAR(16)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    category        VARCHAR(16)   NOT NULL,
    task_group      VARCHAR(100)  NOT NULL,
    weight          DECIMAL(12,4) NOT NULL,
    source          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (plan_version_id, code),
    CONSTRAINT fk_plan_task_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);

-- Which units report an item (indicator or task), in plan order: for a task the lead comes first.
CREATE TABLE plan_item_unit (
    plan_version_id BIGINT        NOT NULL,
    item_code       VARCHAR(16)   NOT NULL,
    ordinal         INT           NOT NULL,
    unit_code       VARCHAR(16)   NOT NULL,
    PRIMARY KEY (plan_version_id, item_code, ordinal),
    CONSTRAINT fk_plan_item_unit_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);
