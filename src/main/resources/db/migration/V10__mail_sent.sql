-- What was mailed to whom: a report or reminder whose content (fingerprint) a recipient already has is
-- not sent again on a rerun unless asked (--resend). A recipient whose mail failed has no row, so the
-- next run tries again. Times are UTC.
CREATE TABLE mail_sent (
    plan_id       VARCHAR(64)   NOT NULL,
    recipient     VARCHAR(320)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    period_code   CHAR(6)       NOT NULL,
    fingerprint   CHAR(64)      NOT NULL,
    item          VARCHAR(200)  NOT NULL,
    sent_utc      DATETIME      NOT NULL,
    PRIMARY KEY (plan_id, recipient, kind, period_code, fingerprint)
);
