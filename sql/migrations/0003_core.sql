CREATE TABLE etl.reference_data (
    name       text PRIMARY KEY,
    checksum   text NOT NULL,
    loaded_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE etl.reference_data IS 'Version (SHA-256) of each reference table loaded into core (the division table).';

-- The normalized warehouse (3NF). Facts of a document are keyed by
-- (document_id, ordinal): replacing a document deletes its row and everything
-- cascades; document_id is also the distribution column for Citus.

CREATE TABLE core.source (
    source_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (name <> '')
);
COMMENT ON TABLE core.source IS 'Newspapers and outlets pages come from (工人日报 …); "unknown" when no metadata says.';

CREATE TABLE core.region (
    region_code     char(6) PRIMARY KEY CHECK (region_code ~ '^[0-9]{6}$'),
    name            text    NOT NULL,
    short_name      text    NOT NULL,
    level           text    NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    parent_code     char(6) REFERENCES core.region DEFERRABLE INITIALLY DEFERRED,
    province_code   char(6) NOT NULL,
    retired         boolean NOT NULL DEFAULT false,
    last_listed     smallint,
    successor_code  char(6),
    CHECK ((level = 'province') = (parent_code IS NULL) OR retired)
);
CREATE INDEX region_parent_idx ON core.region (parent_code);
COMMENT ON TABLE core.region IS 'Administrative divisions (GB/T 2260 codes) from the shipped division table: current units and retired names whose code no current unit uses.';

CREATE SEQUENCE core.document_id_seq AS bigint;
COMMENT ON SEQUENCE core.document_id_seq IS 'Document ids, allocated by the loader in blocks before COPY.';

CREATE TABLE core.document (
    document_id        bigint PRIMARY KEY DEFAULT nextval('core.document_id_seq'),
    source_key         text    NOT NULL UNIQUE,
    source_id          integer NOT NULL REFERENCES core.source,
    sha256             text    NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    byte_count         integer NOT NULL CHECK (byte_count > 0),
    file_path          text    NOT NULL,
    file_mtime         timestamptz,
    encoding           text    NOT NULL,
    published_on       date,
    published_grain    text CHECK (published_grain IN ('day', 'month', 'year')),
    published_inferred boolean NOT NULL DEFAULT false,
    published_method   text,
    page_label         text,
    url                text,
    raw_text           text    NOT NULL,
    clean_text         text    NOT NULL,
    extractor_version  text    NOT NULL,
    run_id             bigint  NOT NULL REFERENCES etl.run,
    loaded_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((published_on IS NULL) = (published_grain IS NULL))
);
CREATE INDEX document_sha256_idx ON core.document (sha256);
CREATE INDEX document_published_idx ON core.document (published_on);
COMMENT ON TABLE core.document IS 'One row per loaded page, identified by its source key; sha256 detects change.';
COMMENT ON COLUMN core.document.source_key IS 'Path relative to the argument it was found under, or the sidecar id.';
COMMENT ON COLUMN core.document.published_grain IS 'Precision of published_on: day, month or year (a year alone is stored as its 1 January).';

CREATE TABLE etl.duplicate_file (
    source_key    text   PRIMARY KEY,
    sha256        text   NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    document_id   bigint NOT NULL REFERENCES core.document ON DELETE CASCADE,
    file_path     text   NOT NULL,
    byte_count    integer NOT NULL,
    file_mtime    timestamptz,
    first_run_id  bigint NOT NULL REFERENCES etl.run,
    last_run_id   bigint NOT NULL REFERENCES etl.run
);
CREATE INDEX duplicate_file_document_idx ON etl.duplicate_file (document_id);
COMMENT ON TABLE etl.duplicate_file IS 'Files whose content is identical to an already loaded document under another key: recorded, not loaded twice.';

CREATE TABLE core.article (
    document_id  bigint   NOT NULL REFERENCES core.document ON DELETE CASCADE,
    article_no   smallint NOT NULL CHECK (article_no >= 0),
    title        text,
    kicker       text,
    subtitle     text,
    column_name  text,
    dateline     text,
    span_start   integer  NOT NULL CHECK (span_start >= 0),
    span_end     integer  NOT NULL,
    PRIMARY KEY (document_id, article_no),
    CHECK (span_end >= span_start)
);
COMMENT ON TABLE core.article IS 'Articles of a page (spans are Unicode character offsets into core.document.clean_text, 0-based, end exclusive).';

CREATE TABLE core.sentence (
    document_id  bigint   NOT NULL,
    partition_month date  NOT NULL,
    sentence_no  integer  NOT NULL CHECK (sentence_no >= 0),
    article_no   smallint NOT NULL,
    span_start   integer  NOT NULL CHECK (span_start >= 0),
    span_end     integer  NOT NULL,
    text         text     NOT NULL,
    PRIMARY KEY (document_id, sentence_no, partition_month),
    FOREIGN KEY (document_id, article_no) REFERENCES core.article ON DELETE CASCADE,
    CHECK (span_end >= span_start)
) PARTITION BY RANGE (partition_month);
COMMENT ON TABLE core.sentence IS 'Body sentences with their spans in the cleaned text. Partitioned by month (see core.ensure_month_partitions).';

CREATE TABLE core.entity (
    entity_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('organization', 'person', 'policy', 'event')),
    canonical_name text NOT NULL CHECK (canonical_name <> ''),
    entity_type    text NOT NULL DEFAULT '',
    region_code    char(6) REFERENCES core.region,
    UNIQUE (kind, canonical_name)
);
CREATE INDEX entity_region_idx ON core.entity (region_code);
COMMENT ON TABLE core.entity IS 'Organizations, people, policies and events under one canonical name each, shared by all documents.';
COMMENT ON COLUMN core.entity.entity_type IS 'For organizations: union, procuratorate, court, government, party, legislature, department, hospital, association, enterprise, school, other.';

CREATE TABLE core.entity_mention (
    document_id  bigint   NOT NULL,
    partition_month date  NOT NULL,
    mention_no   integer  NOT NULL CHECK (mention_no >= 0),
    article_no   smallint NOT NULL,
    sentence_no  integer,
    entity_id    bigint   NOT NULL REFERENCES core.entity,
    span_start   integer  NOT NULL CHECK (span_start >= 0),
    span_end     integer  NOT NULL,
    surface      text     NOT NULL,
    role         text,
    PRIMARY KEY (document_id, mention_no, partition_month),
    FOREIGN KEY (document_id, article_no) REFERENCES core.article ON DELETE CASCADE,
    CHECK (span_end >= span_start)
) PARTITION BY RANGE (partition_month);
CREATE INDEX entity_mention_entity_idx ON core.entity_mention (entity_id);
COMMENT ON TABLE core.entity_mention IS 'Every place an entity is named, with the surface form as printed (an alias or abbreviation) and a role (a person''s title, a byline role).';

CREATE VIEW core.entity_alias AS
SELECT DISTINCT m.entity_id, m.surface AS alias
FROM core.entity_mention m
JOIN core.entity e USING (entity_id)
WHERE m.surface <> e.canonical_name;
COMMENT ON VIEW core.entity_alias IS 'Surface forms of each entity other than its canonical name (derived from mentions).';

CREATE TABLE core.region_mention (
    document_id  bigint   NOT NULL,
    mention_no   integer  NOT NULL CHECK (mention_no >= 0),
    article_no   smallint NOT NULL,
    region_code  char(6)  NOT NULL REFERENCES core.region,
    historical_code char(6),
    span_start   integer  NOT NULL CHECK (span_start >= 0),
    span_end     integer  NOT NULL,
    surface      text     NOT NULL,
    PRIMARY KEY (document_id, mention_no),
    FOREIGN KEY (document_id, article_no) REFERENCES core.article ON DELETE CASCADE
);
CREATE INDEX region_mention_region_idx ON core.region_mention (region_code);
COMMENT ON TABLE core.region_mention IS 'Every place a region is named (retired names keep their historical code).';

CREATE TABLE core.policy_issuer (
    document_id      bigint NOT NULL REFERENCES core.document ON DELETE CASCADE,
    policy_id        bigint NOT NULL REFERENCES core.entity,
    organization_id  bigint NOT NULL REFERENCES core.entity,
    PRIMARY KEY (document_id, policy_id, organization_id)
);
COMMENT ON TABLE core.policy_issuer IS 'Organizations a page says issued a policy document.';

CREATE TABLE core.time_expression (
    document_id    bigint   NOT NULL,
    expression_no  integer  NOT NULL CHECK (expression_no >= 0),
    article_no     smallint NOT NULL,
    surface        text     NOT NULL,
    value          text     NOT NULL,
    period_start   date     NOT NULL,
    period_end     date     NOT NULL,
    grain          text     NOT NULL CHECK (grain IN ('day', 'month', 'year')),
    year_inferred  boolean  NOT NULL,
    span_start     integer  NOT NULL,
    span_end       integer  NOT NULL,
    PRIMARY KEY (document_id, expression_no),
    FOREIGN KEY (document_id, article_no) REFERENCES core.article ON DELETE CASCADE,
    CHECK (period_end >= period_start)
);
COMMENT ON TABLE core.time_expression IS 'Date expressions (2024年4月, 5月21日, 今年 …) normalized to periods; period_end is the last day.';

CREATE TABLE core.metric (
    document_id     bigint   NOT NULL,
    partition_month date     NOT NULL,
    metric_no       integer  NOT NULL CHECK (metric_no >= 0),
    article_no      smallint NOT NULL,
    sentence_no     integer,
    value           numeric  NOT NULL,
    unit            text     NOT NULL,
    kind            text     NOT NULL CHECK (kind IN ('count', 'money', 'percent', 'person_time', 'duration', 'measure')),
    currency        text,
    subject         text,
    topic           text     NOT NULL,
    approx          boolean  NOT NULL,
    is_change       boolean  NOT NULL,
    is_target       boolean  NOT NULL,
    period_start    date,
    period_end      date,
    period_grain    text CHECK (period_grain IN ('day', 'month', 'year')),
    region_code     char(6)  REFERENCES core.region,
    organization_id bigint   REFERENCES core.entity,
    span_start      integer  NOT NULL CHECK (span_start >= 0),
    span_end        integer  NOT NULL,
    surface         text     NOT NULL,
    PRIMARY KEY (document_id, metric_no, partition_month),
    FOREIGN KEY (document_id, article_no) REFERENCES core.article ON DELETE CASCADE,
    CHECK (span_end >= span_start),
    CHECK ((period_start IS NULL) = (period_grain IS NULL) AND (period_start IS NULL) = (period_end IS NULL))
) PARTITION BY RANGE (partition_month);
CREATE INDEX metric_region_idx ON core.metric (region_code);
CREATE INDEX metric_period_idx ON core.metric (period_start);
CREATE INDEX metric_organization_idx ON core.metric (organization_id);
COMMENT ON TABLE core.metric IS 'Numbers with measure words: exact value (scale words applied), unit, kind, what they count, when and where. Partitioned by month.';

-- Monthly partitions. partition_month is the document's publication month, or the month it
-- was loaded when the publication date is unknown (core.document.published_on is the truth;
-- partition_month only places rows). The loader calls core.ensure_month_partitions for the
-- months of each batch before writing it, so a new month needs no manual step. The default
-- partitions only catch rows of a month whose partition could not be created.
CREATE TABLE core.sentence_default PARTITION OF core.sentence DEFAULT;
CREATE TABLE core.entity_mention_default PARTITION OF core.entity_mention DEFAULT;
CREATE TABLE core.metric_default PARTITION OF core.metric DEFAULT;

CREATE FUNCTION core.ensure_month_partitions(months date[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    m date;
    t text;
    created integer := 0;
BEGIN
    FOREACH m IN ARRAY months LOOP
        m := date_trunc('month', m)::date;
        FOREACH t IN ARRAY ARRAY['sentence', 'entity_mention', 'metric'] LOOP
            IF to_regclass(format('core.%I', t || '_' || to_char(m, 'YYYY"m"MM'))) IS NULL THEN
                BEGIN
                    EXECUTE format('CREATE TABLE core.%I PARTITION OF core.%I FOR VALUES FROM (%L) TO (%L)',
                                   t || '_' || to_char(m, 'YYYY"m"MM'), t, m, (m + interval '1 month')::date);
                    created := created + 1;
                EXCEPTION WHEN duplicate_table OR unique_violation THEN
                    NULL;  -- another loader created it at the same moment
                END;
            END IF;
        END LOOP;
    END LOOP;
    RETURN created;
END $$;
COMMENT ON FUNCTION core.ensure_month_partitions(date[]) IS 'Creates the monthly partitions of core.sentence, core.entity_mention and core.metric for the given months, if missing.';
