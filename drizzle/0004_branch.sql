-- Branch evaluation (seed 004 工單服務考核評價): the customer's satisfaction with how an order was resolved, fed by
-- the closure or, later and preferred, by a callback (回访); indexes for the monthly evaluation query.
ALTER TABLE "work_orders" ADD COLUMN IF NOT EXISTS "resolution_satisfied" boolean;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN IF NOT EXISTS "resolution_satisfaction_source" text;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN IF NOT EXISTS "resolution_satisfaction_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "work_orders_created_idx" ON "work_orders" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "complaints_conversation_idx" ON "complaints" USING btree ("conversation_id");
