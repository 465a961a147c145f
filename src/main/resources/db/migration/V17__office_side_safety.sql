-- Content seen before is a duplicate only of content that was taken (accepted, superseded or sent back):
-- a file rejected for a reason on the office's side (a lost seal key, a plan or configuration mistake) is
-- judged again when it is sent again. seen_hash holds the content hash of rows that count; NULL for rejected
-- ones, which a unique index lets repeat.
ALTER TABLE return_file ADD COLUMN seen_hash CHAR(64) NULL;
UPDATE return_file SET seen_hash = content_hash WHERE status <> 'REJECTED';
DROP INDEX uq_return_file_plan_hash ON return_file;
CREATE UNIQUE INDEX uq_return_file_plan_seen ON return_file (inbox_plan, seen_hash);
CREATE INDEX ix_return_file_plan_hash ON return_file (inbox_plan, content_hash);

-- Which seal key (its fingerprint, never the key) sealed each batch of templates sent out: ingest refuses to
-- start when a key that sealed templates in circulation is missing.
CREATE TABLE template_issue (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    issued_utc      DATETIME      NOT NULL,
    plan_id         VARCHAR(64)   NOT NULL,
    period_code     CHAR(6)       NOT NULL,
    key_fingerprint CHAR(16)      NOT NULL,
    templates       INT           NOT NULL
);
CREATE INDEX ix_template_issue_key ON template_issue (key_fingerprint);
