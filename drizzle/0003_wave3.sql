ALTER TYPE "public"."user_role" ADD VALUE 'back_office';--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE 'expert_seat';--> statement-breakpoint
CREATE TABLE "blocklist_candidates" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"calls" integer NOT NULL,
	"window_minutes" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"flood" boolean NOT NULL,
	"state" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"note" text,
	"dismissed_until" timestamp with time zone,
	"entry_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "blocklist_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"class" text NOT NULL,
	"reason" text NOT NULL,
	"period_kind" text NOT NULL,
	"period_until" timestamp with time zone,
	"state" text NOT NULL,
	"decided_by" text NOT NULL,
	"operated_by" text NOT NULL,
	"approved_by" text,
	"activated_at" timestamp with time zone,
	"until" timestamp with time zone,
	"review_on" text,
	"source" text NOT NULL,
	"candidate_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "blocklist_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entry_id" text NOT NULL,
	"type" text NOT NULL,
	"by" text,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "caller_class_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"class" text NOT NULL,
	"set_by" text,
	"reason" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "callers" (
	"number" text PRIMARY KEY NOT NULL,
	"class" text DEFAULT 'regular' NOT NULL,
	"class_set_by" text,
	"class_reason" text,
	"class_set_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ivr_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text,
	"caller_class" text NOT NULL,
	"elapsed_ms" integer NOT NULL,
	"questions" jsonb NOT NULL,
	"action" text NOT NULL,
	"priority" boolean NOT NULL,
	"reasons" jsonb NOT NULL,
	"top_intent" text,
	"source" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "telephony_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"blocklist_version" bigint DEFAULT 0 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recordings" (
	"id" text PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"agent_id" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"error" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sample_rate" integer NOT NULL,
	"channels" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	"options" text DEFAULT '{}' NOT NULL,
	"engine" text,
	"batch_id" text,
	"uploaded_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"audio" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preview_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"pack_id" text NOT NULL,
	"pack_version" integer NOT NULL,
	"baseline_version" integer NOT NULL,
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"max_conversations" integer NOT NULL,
	"changed_limit" integer NOT NULL,
	"total" integer,
	"done" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "branches" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_causes" (
	"id" text PRIMARY KEY NOT NULL,
	"group" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"reply" jsonb NOT NULL,
	"resolve" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_order_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text,
	"actor_user_id" text,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"branch_id" text NOT NULL,
	"priority" text NOT NULL,
	"policy_id" text NOT NULL,
	"conversation_id" text,
	"complaint_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_user_id" text,
	"state" text NOT NULL,
	"sla_state" text NOT NULL,
	"reply_due_at" timestamp with time zone,
	"resolve_due_at" timestamp with time zone,
	"next_due_at" timestamp with time zone,
	"replied_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"reply_late" boolean DEFAULT false NOT NULL,
	"resolve_late" boolean DEFAULT false NOT NULL,
	"bounce_backs" integer DEFAULT 0 NOT NULL,
	"redos" integer DEFAULT 0 NOT NULL,
	"reminded_due_at" timestamp with time zone,
	"escalated_due_at" timestamp with time zone,
	"result" text,
	"satisfied" boolean,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_alert_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"rules" text[] NOT NULL,
	"severity" text NOT NULL,
	"audiences" text[] NOT NULL,
	"escalate_after_seconds" integer,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"call_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text,
	"vendor_id" text,
	"alert_rule_id" text NOT NULL,
	"rule" text NOT NULL,
	"text" text NOT NULL,
	"turn" integer NOT NULL,
	"severity" text NOT NULL,
	"audiences" text[] NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"handled_by_user_id" text,
	"handled_at" timestamp with time zone,
	"reason" text,
	"escalate_after_seconds" integer,
	"escalated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "live_calls" (
	"call_id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text,
	"vendor_id" text,
	"number" text,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"state" text DEFAULT 'live' NOT NULL,
	"events" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"batch_id" text
);
--> statement-breakpoint
CREATE TABLE "live_hits" (
	"call_id" text NOT NULL,
	"key" text NOT NULL,
	"rule" text NOT NULL,
	"turn" integer NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "live_hits_call_id_key_pk" PRIMARY KEY("call_id","key")
);
--> statement-breakpoint
CREATE TABLE "live_segments" (
	"call_id" text NOT NULL,
	"seq" integer NOT NULL,
	"role" text NOT NULL,
	"text" text NOT NULL,
	"start_ms" integer,
	"end_ms" integer,
	"confidence" real,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "live_segments_call_id_seq_pk" PRIMARY KEY("call_id","seq")
);
--> statement-breakpoint
CREATE TABLE "agent_onboarding" (
	"agent_id" text PRIMARY KEY NOT NULL,
	"online_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_categories" (
	"id" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"praise" boolean NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"category_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"conversation_version" integer NOT NULL,
	"agent_id" text,
	"team_id" text,
	"vendor_id" text,
	"turn_from" integer,
	"turn_to" integer,
	"title" text NOT NULL,
	"note" text NOT NULL,
	"hits" jsonb NOT NULL,
	"rule_ids" text[] NOT NULL,
	"pack_versions" text[] NOT NULL,
	"search_text" text NOT NULL,
	"consent" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text NOT NULL,
	"vendor_id" text NOT NULL,
	"focus_rules" text[] NOT NULL,
	"case_ids" text[] NOT NULL,
	"note" text NOT NULL,
	"follow_up_task_id" text,
	"follow_up_conversation_id" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"stages" jsonb NOT NULL,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"agent_id" text,
	"team_id" text,
	"vendor_id" text,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"conversation_id" text,
	"state" text NOT NULL,
	"reason" text,
	"duplicate_of" text,
	"reward_fen" bigint,
	"reward_month" text,
	"effect" text,
	"submitted_by_user_id" text,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"session_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"attended" boolean DEFAULT false NOT NULL,
	"studied_case_ids" text[] NOT NULL,
	"studied_at" timestamp with time zone,
	CONSTRAINT "training_attendance_session_id_agent_id_pk" PRIMARY KEY("session_id","agent_id")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"format" text NOT NULL,
	"team_id" text NOT NULL,
	"vendor_id" text NOT NULL,
	"scheduled_on" date NOT NULL,
	"case_ids" text[] NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "branch_id" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "cause_id" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "caller_number" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "channel" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "repeat_of_id" text;--> statement-breakpoint
ALTER TABLE "blocklist_events" ADD CONSTRAINT "blocklist_events_entry_id_blocklist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."blocklist_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_runs" ADD CONSTRAINT "preview_runs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_events" ADD CONSTRAINT "work_order_events_order_id_work_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_policy_id_sla_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."sla_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_alerts" ADD CONSTRAINT "live_alerts_call_id_live_calls_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."live_calls"("call_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_hits" ADD CONSTRAINT "live_hits_call_id_live_calls_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."live_calls"("call_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_segments" ADD CONSTRAINT "live_segments_call_id_live_calls_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."live_calls"("call_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cases" ADD CONSTRAINT "coaching_cases_category_id_case_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."case_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "blocklist_candidates_number_idx" ON "blocklist_candidates" USING btree ("number","state");--> statement-breakpoint
CREATE INDEX "blocklist_entries_number_idx" ON "blocklist_entries" USING btree ("number");--> statement-breakpoint
CREATE INDEX "blocklist_entries_live_idx" ON "blocklist_entries" USING btree ("state","until") WHERE "blocklist_entries"."state" in ('pending', 'active');--> statement-breakpoint
CREATE INDEX "blocklist_events_entry_idx" ON "blocklist_events" USING btree ("entry_id","id");--> statement-breakpoint
CREATE INDEX "caller_class_history_number_idx" ON "caller_class_history" USING btree ("number","at");--> statement-breakpoint
CREATE INDEX "ivr_sessions_at_idx" ON "ivr_sessions" USING btree ("at");--> statement-breakpoint
CREATE INDEX "recordings_conversation_idx" ON "recordings" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "preview_runs_created_idx" ON "preview_runs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "work_order_events_order_idx" ON "work_order_events" USING btree ("order_id","at");--> statement-breakpoint
CREATE INDEX "work_orders_branch_idx" ON "work_orders" USING btree ("branch_id","created_at");--> statement-breakpoint
CREATE INDEX "work_orders_policy_idx" ON "work_orders" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "work_orders_next_due_idx" ON "work_orders" USING btree ("next_due_at") WHERE "work_orders"."next_due_at" is not null;--> statement-breakpoint
CREATE INDEX "live_alerts_at_idx" ON "live_alerts" USING btree ("at");--> statement-breakpoint
CREATE INDEX "live_alerts_open_idx" ON "live_alerts" USING btree ("state","escalated_at");--> statement-breakpoint
CREATE INDEX "live_alerts_call_idx" ON "live_alerts" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "live_calls_state_idx" ON "live_calls" USING btree ("state","team_id");--> statement-breakpoint
CREATE INDEX "coaching_cases_category_idx" ON "coaching_cases" USING btree ("category_id","created_at");--> statement-breakpoint
CREATE INDEX "coaching_plans_agent_idx" ON "coaching_plans" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "ideas_state_idx" ON "ideas" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "ideas_vendor_month_idx" ON "ideas" USING btree ("vendor_id","reward_month");--> statement-breakpoint
CREATE INDEX "training_attendance_agent_idx" ON "training_attendance" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "complaints_caller_idx" ON "complaints" USING btree ("caller_number","received_on");