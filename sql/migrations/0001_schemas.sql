-- LaborETL warehouse layers:
--   etl    bookkeeping: migrations, runs, rejected files
--   core   normalized data (3NF): documents, articles, sentences, entities, metrics
--   marts  views for analysts and BI tools (stable ASCII snake_case names)
CREATE SCHEMA IF NOT EXISTS etl;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS marts;

COMMENT ON SCHEMA etl IS 'LaborETL bookkeeping: applied migrations, load runs, rejected files.';
COMMENT ON SCHEMA core IS 'LaborETL normalized data: documents, articles, sentences, regions, entities, mentions, dates, metrics.';
COMMENT ON SCHEMA marts IS 'LaborETL views for analysts and BI dashboards (Metabase, Superset).';
