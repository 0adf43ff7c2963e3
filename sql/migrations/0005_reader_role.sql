-- labor_reader: the role for analysts and BI tools (Metabase, Superset).
-- It can read the marts views and nothing else: no USAGE on core or etl.
-- The marts views are ordinary views (not security_invoker), so they read
-- core and etl with their owner's rights on the reader's behalf.
--
-- The role is NOLOGIN: give a login to it, or to a member of it, e.g.
--   CREATE ROLE metabase LOGIN PASSWORD '…' IN ROLE labor_reader;
--
-- Roles are global to the PostgreSQL cluster, so the role may already exist
-- (another database of the same cluster, created by hand); that is fine. When
-- the migrating role may not create roles (no CREATEROLE), the role is skipped
-- with a notice and can be created later by an administrator, after which
-- `GRANT` statements below must be run by hand (see README).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'labor_reader') THEN
        BEGIN
            CREATE ROLE labor_reader NOLOGIN;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;  -- created concurrently by a migration of another database
            WHEN insufficient_privilege THEN
                RAISE NOTICE 'labor_reader not created: % may not create roles. Create it as an administrator and grant it SELECT on schema marts.', current_user;
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'labor_reader') THEN
        BEGIN
            EXECUTE 'COMMENT ON ROLE labor_reader IS ''LaborETL read-only role: SELECT on the marts views only (for Metabase, Superset, analysts).''';
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;  -- the role belongs to an administrator; its comment is theirs
        END;
        EXECUTE 'GRANT USAGE ON SCHEMA marts TO labor_reader';
        EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA marts TO labor_reader';
        -- Views that later migrations add to marts are readable too.
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA marts GRANT SELECT ON TABLES TO labor_reader';
    END IF;
END
$$;
