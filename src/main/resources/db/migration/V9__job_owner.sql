-- Which process runs each job execution, so that a later start on the same machine can tell an
-- execution whose process died (kill -9, power cut) from one still running in another process,
-- and mark only the dead one FAILED. Another machine's executions are never touched.
CREATE TABLE job_owner (
    job_execution_id  BIGINT        NOT NULL PRIMARY KEY,
    host              VARCHAR(255)  NOT NULL,
    pid               BIGINT        NOT NULL,
    process_started   VARCHAR(40)   NOT NULL
);
