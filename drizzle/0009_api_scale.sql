-- The API at a million stored calls (bench/api, docs/scaling.md). Text search of the conversation list: a trigram index of the
-- tolerant search key, which `search_key LIKE '%…%'` uses for queries of three characters or more
-- (src/store/repo/conversation-filter.ts). pg_trgm ships with PostgreSQL's contrib and is a trusted extension
-- (the database owner may create it); the embedded database loads it at open (src/store/open-store.ts). Where it
-- cannot be created the migration still succeeds and search reads every row, as before.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): text search will read every conversation', SQLERRM;
END $$;--> statement-breakpoint
DO $$
DECLARE ops_schema text;
BEGIN
  SELECT n.nspname INTO ops_schema FROM pg_opclass o JOIN pg_namespace n ON n.oid = o.opcnamespace
   WHERE o.opcname = 'gin_trgm_ops' LIMIT 1;
  IF ops_schema IS NOT NULL THEN
    -- A GIN build over a large table is much faster with more than the default 64 MB.
    SET LOCAL maintenance_work_mem = '256MB';
    EXECUTE format('CREATE INDEX IF NOT EXISTS "conversations_search_key_trgm_idx" ON "conversations" '
                   'USING gin ("search_key" %I.gin_trgm_ops) WHERE "is_latest"', ops_schema);
  END IF;
END $$;--> statement-breakpoint
-- Rows whose key the start-up backfill has not reached yet are searched literally: this (normally empty) index
-- lets that arm of the search condition be an index scan too.
CREATE INDEX IF NOT EXISTS "conversations_unkeyed_idx" ON "conversations" USING btree ("id") WHERE "search_key" IS NULL;
--> statement-breakpoint
-- The period scans of the dashboard and statistics (a month of a million calls is 250,000 rows) read agent, team,
-- vendor and version from the index instead of the wide conversation rows (the body and search text): the
-- re-score keyset index (started_at, id) carries them.
DROP INDEX IF EXISTS "conversations_started_idx";--> statement-breakpoint
CREATE INDEX "conversations_started_idx" ON "conversations" USING btree ("started_at","id") INCLUDE ("version","agent_id","team_id","vendor_id","channel") WHERE "conversations"."is_latest";--> statement-breakpoint
-- The same for the results joined to them: total, fatal and the review mark (the KPI's QA scores) from the index.
DROP INDEX IF EXISTS "results_latest_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "results_latest_uq" ON "results" USING btree ("conversation_id","conversation_version") INCLUDE ("id","total","fatal","reviewed_at") WHERE "results"."is_latest";
