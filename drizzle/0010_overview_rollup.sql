-- The dashboard overview at a million stored calls (docs/scaling.md): per-day tallies of the conversations and
-- their latest results, so a 30-day overview reads about 30 × agents rows instead of every call of the month.
-- Days are UTC dates. Every write to conversations or results marks the days it touches in overview_changes
-- (statement-level triggers: one row per day and statement, no lock taken); src/store/repo/overview-rollup.ts
-- rebuilds a marked or never-built day from the calls themselves before it is read, in one REPEATABLE READ
-- transaction that deletes only the marks it saw, so a write committed meanwhile leaves its mark for next time.
CREATE TABLE IF NOT EXISTS "overview_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"day" date NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "overview_changes_day_idx" ON "overview_changes" USING btree ("day");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "overview_days" (
	"day" date PRIMARY KEY NOT NULL,
	"built_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "overview_day_totals" (
	"day" date NOT NULL,
	"agent_id" text,
	"team_id" text,
	"vendor_id" text,
	"channel" text NOT NULL,
	"calls" integer NOT NULL,
	"scored" integer NOT NULL,
	"total_sum" numeric NOT NULL,
	"fatal" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "overview_day_totals_day_idx" ON "overview_day_totals" USING btree ("day");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "overview_day_rules" (
	"day" date NOT NULL,
	"agent_id" text,
	"team_id" text,
	"vendor_id" text,
	"channel" text NOT NULL,
	"rule" text NOT NULL,
	"hits" integer NOT NULL,
	"conversations" integer NOT NULL,
	"deduction" numeric NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "overview_day_rules_day_idx" ON "overview_day_rules" USING btree ("day");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "overview_mark_conversations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO overview_changes (day)
      SELECT DISTINCT (started_at AT TIME ZONE 'UTC')::date FROM overview_new WHERE started_at IS NOT NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO overview_changes (day)
      SELECT DISTINCT (started_at AT TIME ZONE 'UTC')::date FROM overview_old WHERE started_at IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "overview_mark_results"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A result's day is its conversation version's start. A result deleted with its conversation (cascade) finds
  -- no conversation here; the conversation's own trigger marks that day.
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO overview_changes (day)
      SELECT DISTINCT (c.started_at AT TIME ZONE 'UTC')::date
        FROM overview_new n JOIN conversations c ON c.id = n.conversation_id AND c.version = n.conversation_version
       WHERE c.started_at IS NOT NULL;
  ELSE
    INSERT INTO overview_changes (day)
      SELECT DISTINCT (c.started_at AT TIME ZONE 'UTC')::date
        FROM overview_old o JOIN conversations c ON c.id = o.conversation_id AND c.version = o.conversation_version
       WHERE c.started_at IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "overview_conversations_insert" ON "conversations";
--> statement-breakpoint
CREATE TRIGGER "overview_conversations_insert" AFTER INSERT ON "conversations"
  REFERENCING NEW TABLE AS overview_new FOR EACH STATEMENT EXECUTE FUNCTION "overview_mark_conversations"();
--> statement-breakpoint
DROP TRIGGER IF EXISTS "overview_conversations_update" ON "conversations";
--> statement-breakpoint
CREATE TRIGGER "overview_conversations_update" AFTER UPDATE ON "conversations"
  REFERENCING OLD TABLE AS overview_old NEW TABLE AS overview_new
  FOR EACH STATEMENT EXECUTE FUNCTION "overview_mark_conversations"();
--> statement-breakpoint
DROP TRIGGER IF EXISTS "overview_conversations_delete" ON "conversations";
--> statement-breakpoint
CREATE TRIGGER "overview_conversations_delete" AFTER DELETE ON "conversations"
  REFERENCING OLD TABLE AS overview_old FOR EACH STATEMENT EXECUTE FUNCTION "overview_mark_conversations"();
--> statement-breakpoint
DROP TRIGGER IF EXISTS "overview_results_insert" ON "results";
--> statement-breakpoint
CREATE TRIGGER "overview_results_insert" AFTER INSERT ON "results"
  REFERENCING NEW TABLE AS overview_new FOR EACH STATEMENT EXECUTE FUNCTION "overview_mark_results"();
--> statement-breakpoint
DROP TRIGGER IF EXISTS "overview_results_update" ON "results";
--> statement-breakpoint
CREATE TRIGGER "overview_results_update" AFTER UPDATE ON "results"
  REFERENCING OLD TABLE AS overview_old NEW TABLE AS overview_new
  FOR EACH STATEMENT EXECUTE FUNCTION "overview_mark_results"();
--> statement-breakpoint
DROP TRIGGER IF EXISTS "overview_results_delete" ON "results";
--> statement-breakpoint
CREATE TRIGGER "overview_results_delete" AFTER DELETE ON "results"
  REFERENCING OLD TABLE AS overview_old FOR EACH STATEMENT EXECUTE FUNCTION "overview_mark_results"();
