-- Each ingest worker (partition) keeps its own tally of the run. One counter row shared by
-- concurrent workers deadlocked on MySQL: every stored return_file row takes a shared lock on its
-- ingest_run row (the foreign key), and two workers then both wanted to upgrade it to add one.
-- ingest_run's counters are filled from these rows when the run finishes.
CREATE TABLE ingest_tally (
    run_id          BIGINT        NOT NULL,
    worker          VARCHAR(100)  NOT NULL,
    accepted        INT           NOT NULL DEFAULT 0,
    rejected        INT           NOT NULL DEFAULT 0,
    duplicates      INT           NOT NULL DEFAULT 0,
    warnings        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, worker)
);
