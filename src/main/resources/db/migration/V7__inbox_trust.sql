-- Inbox trust: a run accounts for every file it leaves in the inbox, by reason, and files that fail
-- for technical reasons are counted across runs and, past a limit, quarantined under <home>/failed/.

ALTER TABLE ingest_run ADD COLUMN quarantined INT NOT NULL DEFAULT 0;
ALTER TABLE ingest_run ADD COLUMN links INT NOT NULL DEFAULT 0;
ALTER TABLE ingest_run ADD COLUMN left_settling INT NOT NULL DEFAULT 0;
ALTER TABLE ingest_run ADD COLUMN left_failed INT NOT NULL DEFAULT 0;
ALTER TABLE ingest_run ADD COLUMN left_stopped INT NOT NULL DEFAULT 0;
ALTER TABLE ingest_run ADD COLUMN left_changed INT NOT NULL DEFAULT 0;
ALTER TABLE ingest_run ADD COLUMN left_not_a_return INT NOT NULL DEFAULT 0;

-- One row per inbox file (its path, size and modification time, hashed) that failed technically.
-- Times are UTC, as DATETIME: no time zone or 2038 limit applies to them.
CREATE TABLE ingest_failure (
    file_key          CHAR(64)      NOT NULL PRIMARY KEY,
    inbox_path        VARCHAR(1000) NOT NULL,
    attempts          INT           NOT NULL,
    last_error        VARCHAR(1000) NOT NULL,
    first_failed_utc  DATETIME      NOT NULL,
    last_failed_utc   DATETIME      NOT NULL,
    quarantined_path  VARCHAR(500)
);
