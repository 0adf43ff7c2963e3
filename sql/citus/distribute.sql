-- Distribute the LaborETL warehouse over a Citus cluster (distributed PostgreSQL).
--
-- Run on the coordinator, on an EMPTY warehouse created by `labor-etl migrate`, before
-- the first load:
--     psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f sql/citus/distribute.sql
--
-- Design:
--   * Distribution column: document_id. Every fact table is keyed (document_id, …) and
--     co-located with core.document, so a document's rows live on one worker and the
--     loader's per-document replace (DELETE … WHERE document_id = …) stays single-shard.
--   * Reference tables (small, joined by everything, replicated to every worker):
--     core.region, core.source, core.entity (organizations, people, policies, events).
--   * The monthly partitions of core.sentence / core.metric / core.entity_mention stay:
--     Citus distributes each partition with its parent.
--   * etl.* bookkeeping stays on the coordinator (local tables), except
--     etl.duplicate_file, which references core.document and is co-located with it.
--
-- Uniqueness of core.document.source_key cannot be enforced across shards (a unique
-- constraint must contain the distribution column). It is kept by the loader: one load
-- per shard at a time (advisory lock), and `load --shard I/N` assigns every key to exactly
-- one shard, so no two loaders ever write the same key.

CREATE EXTENSION IF NOT EXISTS citus;

BEGIN;
ALTER TABLE core.document DROP CONSTRAINT IF EXISTS document_source_key_key;
CREATE INDEX IF NOT EXISTS document_source_key_idx ON core.document (source_key);

SELECT create_reference_table('core.source');
SELECT create_reference_table('core.region');
SELECT create_reference_table('core.entity');

SELECT create_distributed_table('core.document', 'document_id');
SELECT create_distributed_table('core.article', 'document_id', colocate_with => 'core.document');
SELECT create_distributed_table('core.sentence', 'document_id', colocate_with => 'core.document');
SELECT create_distributed_table('core.entity_mention', 'document_id', colocate_with => 'core.document');
SELECT create_distributed_table('core.region_mention', 'document_id', colocate_with => 'core.document');
SELECT create_distributed_table('core.time_expression', 'document_id', colocate_with => 'core.document');
SELECT create_distributed_table('core.metric', 'document_id', colocate_with => 'core.document');
SELECT create_distributed_table('core.policy_issuer', 'document_id', colocate_with => 'core.document');
SELECT create_distributed_table('etl.duplicate_file', 'document_id', colocate_with => 'core.document');
COMMIT;

-- New monthly partitions created later by core.ensure_month_partitions are distributed
-- automatically (Citus propagates CREATE TABLE … PARTITION OF a distributed table).
