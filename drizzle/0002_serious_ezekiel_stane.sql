DROP INDEX "conversations_started_idx";--> statement-breakpoint
ALTER TABLE "rescore_chunks" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "conversations_list_idx" ON "conversations" USING btree ("started_at" DESC NULLS LAST,"id") WHERE "conversations"."is_latest";--> statement-breakpoint
CREATE INDEX "conversations_started_idx" ON "conversations" USING btree ("started_at","id") WHERE "conversations"."is_latest";