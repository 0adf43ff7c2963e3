-- Load runs and rejected files: the record of every `labor-etl load` / `reprocess`.

CREATE TABLE etl.run (
    run_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    command           text        NOT NULL CHECK (command IN ('load', 'reprocess')),
    arguments         text        NOT NULL DEFAULT '',
    host              text        NOT NULL,
    pid               integer     NOT NULL,
    backend_pid       integer     NOT NULL,
    extractor_version text        NOT NULL,
    started_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at       timestamptz,
    status            text        NOT NULL DEFAULT 'running'
                      CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'aborted')),
    message           text,
    files_seen        integer NOT NULL DEFAULT 0 CHECK (files_seen >= 0),
    files_new         integer NOT NULL DEFAULT 0 CHECK (files_new >= 0),
    files_changed     integer NOT NULL DEFAULT 0 CHECK (files_changed >= 0),
    files_unchanged   integer NOT NULL DEFAULT 0 CHECK (files_unchanged >= 0),
    files_duplicate   integer NOT NULL DEFAULT 0 CHECK (files_duplicate >= 0),
    files_rejected    integer NOT NULL DEFAULT 0 CHECK (files_rejected >= 0),
    CHECK (finished_at IS NULL OR finished_at >= started_at),
    CHECK ((status = 'running') = (finished_at IS NULL))
);
COMMENT ON TABLE etl.run IS 'One row per load or reprocess run, with its file counts.';
COMMENT ON COLUMN etl.run.backend_pid IS 'The loader''s database session (pg_backend_pid): a running run whose session is gone was killed.';
COMMENT ON COLUMN etl.run.status IS 'running, succeeded (all files loaded or skipped), partial (some rejected), failed (stopped by an error), aborted (killed; found by a later run).';

CREATE TABLE etl.run_table_count (
    run_id     bigint  NOT NULL REFERENCES etl.run ON DELETE CASCADE,
    table_name text    NOT NULL,
    rows_loaded bigint NOT NULL CHECK (rows_loaded >= 0),
    PRIMARY KEY (run_id, table_name)
);
COMMENT ON TABLE etl.run_table_count IS 'Rows a run loaded into each core table.';

CREATE TABLE etl.rejected_file (
    rejected_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      bigint      NOT NULL REFERENCES etl.run ON DELETE CASCADE,
    path        text        NOT NULL,
    source_key  text,
    sha256      text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    stage       text        NOT NULL CHECK (stage IN ('read', 'decode', 'extract', 'load')),
    reason      text        NOT NULL,
    rejected_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX rejected_file_run_idx ON etl.rejected_file (run_id);
COMMENT ON TABLE etl.rejected_file IS 'Files a run could not load, with the stage that failed and why.';
