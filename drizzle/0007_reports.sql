-- The effect of an adopted idea (seed 001 金点子): when it was measured, what it changed, an optional metric before
-- and after, and who recorded it.
ALTER TABLE "ideas" ADD COLUMN IF NOT EXISTS "effect_on" date;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN IF NOT EXISTS "effect_metric" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN IF NOT EXISTS "effect_before" double precision;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN IF NOT EXISTS "effect_after" double precision;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN IF NOT EXISTS "effect_by_user_id" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN IF NOT EXISTS "effect_at" timestamp with time zone;
