CREATE TABLE "callback_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"complaint_id" text,
	"conversation_id" text,
	"vendor_id" text NOT NULL,
	"team_id" text,
	"assigned_agent_id" text,
	"caller_number" text,
	"origin_on" date NOT NULL,
	"due_on" date NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"first_attempt_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"late_at" timestamp with time zone,
	"late_line" text,
	"late_callback_id" text,
	"outcome" text,
	"satisfaction" text,
	"suggestion" text,
	"idea_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "late_callbacks" ADD COLUMN "callback_task_id" text;--> statement-breakpoint
ALTER TABLE "late_callbacks" ADD COLUMN "origin" text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "callback_tasks_complaint_uq" ON "callback_tasks" USING btree ("complaint_id") WHERE "callback_tasks"."complaint_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "callback_tasks_voicemail_uq" ON "callback_tasks" USING btree ("conversation_id") WHERE "callback_tasks"."source" = 'voicemail';--> statement-breakpoint
CREATE INDEX "callback_tasks_vendor_due_idx" ON "callback_tasks" USING btree ("vendor_id","due_on");--> statement-breakpoint
CREATE INDEX "callback_tasks_open_due_idx" ON "callback_tasks" USING btree ("due_at") WHERE "callback_tasks"."late_at" is null and "callback_tasks"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "late_callbacks_task_uq" ON "late_callbacks" USING btree ("callback_task_id") WHERE "late_callbacks"."callback_task_id" is not null;