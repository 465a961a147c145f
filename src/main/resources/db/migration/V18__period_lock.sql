-- One row per plan and period, locked (SELECT … FOR UPDATE) by assess, publish and reopen for as long as each
-- runs: they are serialised per period across processes and instances, and the database frees the lock of a
-- process that dies with its connection.
CREATE TABLE period_lock (
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    PRIMARY KEY (plan_id, period_code)
);
