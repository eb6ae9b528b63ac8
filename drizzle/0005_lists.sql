-- Lists QA teams work in: tolerant search keys and the caller number of a conversation (filled at ingest; rows
-- stored before are filled by the start-up backfill, src/store/repo/conversations.ts backfillSearchKeys), and
-- saved views of the lists.
ALTER TABLE "conversations" ADD COLUMN IF NOT EXISTS "search_key" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN IF NOT EXISTS "search_key_masked" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN IF NOT EXISTS "caller_number" text;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "conversations_caller_idx" ON "conversations" USING btree ("caller_number") WHERE "conversations"."is_latest" and "conversations"."caller_number" is not null;--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "saved_views" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"list" text NOT NULL,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"team_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "saved_views_owner_name_uq" ON "saved_views" USING btree ("user_id","list","name");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "saved_views_team_idx" ON "saved_views" USING btree ("team_id","list");
