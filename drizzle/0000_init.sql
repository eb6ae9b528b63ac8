CREATE TYPE "public"."user_role" AS ENUM('admin', 'qa_lead', 'qa_inspector', 'team_leader', 'agent', 'vendor_manager', 'complaint_desk');--> statement-breakpoint
CREATE TYPE "public"."ingest_batch_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "agents" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"team_id" text NOT NULL,
	"hired_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" text PRIMARY KEY NOT NULL,
	"vendor_id" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendors" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"actions" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"agent_id" text,
	"team_id" text,
	"vendor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"is_latest" boolean NOT NULL,
	"agent_id" text,
	"team_id" text,
	"vendor_id" text,
	"channel" text NOT NULL,
	"started_at" timestamp with time zone,
	"duration_ms" integer,
	"turn_count" integer NOT NULL,
	"content_hash" text NOT NULL,
	"body" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"ingest_batch_id" text,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
CREATE TABLE "ingest_batches" (
	"id" text PRIMARY KEY NOT NULL,
	"status" "ingest_batch_status" DEFAULT 'queued' NOT NULL,
	"source" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"total" integer DEFAULT 0 NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"chunks" integer DEFAULT 0 NOT NULL,
	"jobs_queued_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ingest_errors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" text NOT NULL,
	"line" integer NOT NULL,
	"field" text NOT NULL,
	"message" text NOT NULL,
	"severity" text DEFAULT 'error' NOT NULL,
	"file" text
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"conversation_version" integer NOT NULL,
	"pack_id" text NOT NULL,
	"pack_version" integer NOT NULL,
	"machine_score" double precision NOT NULL,
	"total" double precision NOT NULL,
	"fatal" boolean NOT NULL,
	"categories" jsonb NOT NULL,
	"hits" jsonb NOT NULL,
	"rule_ids" text[] NOT NULL,
	"reviewed_at" timestamp with time zone,
	"is_latest" boolean NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_packs" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"published_at" timestamp with time zone,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_packs_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "ingest_records" (
	"batch_id" text NOT NULL,
	"seq" integer NOT NULL,
	"line" integer NOT NULL,
	"file" text,
	"chunk" integer NOT NULL,
	"raw" text NOT NULL,
	"outcome" text,
	"conversation_id" text,
	"conversation_version" integer,
	"score_queued" boolean DEFAULT false NOT NULL,
	CONSTRAINT "ingest_records_batch_id_seq_pk" PRIMARY KEY("batch_id","seq")
);
--> statement-breakpoint
CREATE TABLE "rescore_chunks" (
	"run_id" text NOT NULL,
	"chunk" integer NOT NULL,
	"ids" text[] NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	CONSTRAINT "rescore_chunks_run_id_chunk_pk" PRIMARY KEY("run_id","chunk")
);
--> statement-breakpoint
CREATE TABLE "rescore_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"pack_id" text NOT NULL,
	"pack_version" integer NOT NULL,
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"total" integer,
	"chunks" integer,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"task_id" bigint NOT NULL,
	"target_kind" text NOT NULL,
	"target_key" text NOT NULL,
	"hit" integer,
	"item" text,
	"rule" text,
	"agent_id" text,
	"team_id" text,
	"vendor_id" text,
	"filed_by_user_id" text NOT NULL,
	"reason" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"total_before" double precision,
	"total_after" double precision
);
--> statement-breakpoint
CREATE TABLE "calibration_conversations" (
	"session_id" bigint NOT NULL,
	"conversation_id" text NOT NULL,
	"conversation_version" integer NOT NULL,
	"result_id" bigint NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "calibration_conversations_session_id_conversation_id_pk" PRIMARY KEY("session_id","conversation_id")
);
--> statement-breakpoint
CREATE TABLE "calibration_participants" (
	"session_id" bigint NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "calibration_participants_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "calibration_scores" (
	"session_id" bigint NOT NULL,
	"user_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"hits" jsonb NOT NULL,
	"deductions" jsonb NOT NULL,
	"total" double precision NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "calibration_scores_session_id_user_id_conversation_id_pk" PRIMARY KEY("session_id","user_id","conversation_id")
);
--> statement-breakpoint
CREATE TABLE "calibration_sessions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" text NOT NULL,
	"lead_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_hit_judgements" (
	"task_id" bigint NOT NULL,
	"hit" integer NOT NULL,
	"rule" text NOT NULL,
	"verdict" text NOT NULL,
	"reason" text NOT NULL,
	"judged_by_user_id" text NOT NULL,
	"judged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_hit_judgements_task_id_hit_pk" PRIMARY KEY("task_id","hit")
);
--> statement-breakpoint
CREATE TABLE "review_item_deductions" (
	"task_id" bigint NOT NULL,
	"item" text NOT NULL,
	"occurrences" integer NOT NULL,
	"reason" text NOT NULL,
	"judged_by_user_id" text NOT NULL,
	"judged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_item_deductions_task_id_item_pk" PRIMARY KEY("task_id","item")
);
--> statement-breakpoint
CREATE TABLE "review_tasks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" text,
	"run_id" bigint,
	"conversation_id" text NOT NULL,
	"conversation_version" integer NOT NULL,
	"result_id" bigint NOT NULL,
	"agent_id" text,
	"team_id" text,
	"vendor_id" text,
	"inspector_user_id" text NOT NULL,
	"reasons" text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"machine_total" double precision NOT NULL,
	"final_total" double precision,
	"final_categories" jsonb,
	"final_fatal" boolean,
	"created_at" timestamp with time zone NOT NULL,
	"finalized_at" timestamp with time zone,
	"appeal_deadline" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sampling_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"rule" jsonb NOT NULL,
	"scope" jsonb NOT NULL,
	"period" text NOT NULL,
	"scheduled" boolean DEFAULT false NOT NULL,
	"seed" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sampling_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"actor_user_id" text,
	"candidates" integer NOT NULL,
	"created" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_stats_daily" (
	"agent_id" text NOT NULL,
	"date" date NOT NULL,
	"source" text NOT NULL,
	"offered" integer NOT NULL,
	"answered" integer NOT NULL,
	"answered_within_20s" integer NOT NULL,
	"abandoned_in_queue" integer NOT NULL,
	"rated" integer NOT NULL,
	"satisfied" integer NOT NULL,
	"rating_abandoned" integer NOT NULL,
	"import_id" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_policies" (
	"id" text PRIMARY KEY NOT NULL,
	"vendor_id" text,
	"version" text NOT NULL,
	"effective_from" text NOT NULL,
	"body" jsonb NOT NULL,
	"discipline_window" jsonb NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actual_losses" (
	"id" text PRIMARY KEY NOT NULL,
	"vendor_id" text NOT NULL,
	"month" text NOT NULL,
	"occurred_on" date,
	"agent_id" text,
	"description" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" text PRIMARY KEY NOT NULL,
	"received_on" date NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text NOT NULL,
	"vendor_id" text NOT NULL,
	"severity" text NOT NULL,
	"decision" text NOT NULL,
	"conversation_id" text,
	"description" text NOT NULL,
	"decision_note" text,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discipline_confirmations" (
	"incident_id" text NOT NULL,
	"role" text NOT NULL,
	"by_user_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "discipline_incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text NOT NULL,
	"vendor_id" text NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text NOT NULL,
	"conversation_id" text,
	"reporter_user_id" text NOT NULL,
	"review" text NOT NULL,
	"reviewer_user_id" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "late_callbacks" (
	"id" text PRIMARY KEY NOT NULL,
	"vendor_id" text NOT NULL,
	"date" date NOT NULL,
	"agent_id" text,
	"kind" text NOT NULL,
	"complaint_id" text,
	"note" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"vendor_id" text NOT NULL,
	"period" text NOT NULL,
	"name" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_on" date NOT NULL,
	"recorded_by_user_id" text
);
--> statement-breakpoint
CREATE TABLE "settlement_adjustments" (
	"id" text PRIMARY KEY NOT NULL,
	"statement_id" text NOT NULL,
	"vendor_id" text NOT NULL,
	"corrects" text NOT NULL,
	"description" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"settled_in_statement_id" text,
	"created_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settlement_statements" (
	"id" text PRIMARY KEY NOT NULL,
	"vendor_id" text NOT NULL,
	"month" text NOT NULL,
	"state" text NOT NULL,
	"policy_id" text NOT NULL,
	"policy_version" text NOT NULL,
	"as_of" date NOT NULL,
	"body" jsonb NOT NULL,
	"net_fen" bigint NOT NULL,
	"built_by_user_id" text,
	"built_at" timestamp with time zone NOT NULL,
	"confirmed_by_user_id" text,
	"confirmed_at" timestamp with time zone,
	"approved_by_user_id" text,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_ingest_batch_id_ingest_batches_id_fk" FOREIGN KEY ("ingest_batch_id") REFERENCES "public"."ingest_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_batches" ADD CONSTRAINT "ingest_batches_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_errors" ADD CONSTRAINT "ingest_errors_batch_id_ingest_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ingest_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_conversation_id_conversation_version_conversations_id_version_fk" FOREIGN KEY ("conversation_id","conversation_version") REFERENCES "public"."conversations"("id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_pack_id_pack_version_rule_packs_id_version_fk" FOREIGN KEY ("pack_id","pack_version") REFERENCES "public"."rule_packs"("id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_records" ADD CONSTRAINT "ingest_records_batch_id_ingest_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ingest_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rescore_chunks" ADD CONSTRAINT "rescore_chunks_run_id_rescore_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."rescore_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rescore_runs" ADD CONSTRAINT "rescore_runs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_task_id_review_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."review_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_filed_by_user_id_users_id_fk" FOREIGN KEY ("filed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_conversations" ADD CONSTRAINT "calibration_conversations_session_id_calibration_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."calibration_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_conversations" ADD CONSTRAINT "calibration_conversations_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_participants" ADD CONSTRAINT "calibration_participants_session_id_calibration_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."calibration_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_participants" ADD CONSTRAINT "calibration_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_scores" ADD CONSTRAINT "calibration_scores_session_id_calibration_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."calibration_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_scores" ADD CONSTRAINT "calibration_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_sessions" ADD CONSTRAINT "calibration_sessions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_sessions" ADD CONSTRAINT "calibration_sessions_lead_user_id_users_id_fk" FOREIGN KEY ("lead_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_hit_judgements" ADD CONSTRAINT "review_hit_judgements_task_id_review_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."review_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_item_deductions" ADD CONSTRAINT "review_item_deductions_task_id_review_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."review_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_plan_id_sampling_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_run_id_sampling_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."sampling_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_inspector_user_id_users_id_fk" FOREIGN KEY ("inspector_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_conversation_id_conversation_version_conversations_id_version_fk" FOREIGN KEY ("conversation_id","conversation_version") REFERENCES "public"."conversations"("id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_plans" ADD CONSTRAINT "sampling_plans_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_runs" ADD CONSTRAINT "sampling_runs_plan_id_sampling_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_policies" ADD CONSTRAINT "kpi_policies_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actual_losses" ADD CONSTRAINT "actual_losses_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_confirmations" ADD CONSTRAINT "discipline_confirmations_incident_id_discipline_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."discipline_incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_incidents" ADD CONSTRAINT "discipline_incidents_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "late_callbacks" ADD CONSTRAINT "late_callbacks_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_adjustments" ADD CONSTRAINT "settlement_adjustments_statement_id_settlement_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."settlement_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_adjustments" ADD CONSTRAINT "settlement_adjustments_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_adjustments" ADD CONSTRAINT "settlement_adjustments_settled_in_statement_id_settlement_statements_id_fk" FOREIGN KEY ("settled_in_statement_id") REFERENCES "public"."settlement_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_statements" ADD CONSTRAINT "settlement_statements_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agents_team_idx" ON "agents" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "agents_active_idx" ON "agents" USING btree ("active") WHERE "agents"."active";--> statement-breakpoint
CREATE INDEX "teams_vendor_idx" ON "teams" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "vendors_client_idx" ON "vendors" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_uq" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_latest_uq" ON "conversations" USING btree ("id") WHERE "conversations"."is_latest";--> statement-breakpoint
CREATE INDEX "conversations_agent_started_idx" ON "conversations" USING btree ("agent_id","started_at") WHERE "conversations"."is_latest";--> statement-breakpoint
CREATE INDEX "conversations_team_started_idx" ON "conversations" USING btree ("team_id","started_at") WHERE "conversations"."is_latest";--> statement-breakpoint
CREATE INDEX "conversations_vendor_started_idx" ON "conversations" USING btree ("vendor_id","started_at") WHERE "conversations"."is_latest";--> statement-breakpoint
CREATE INDEX "conversations_started_idx" ON "conversations" USING btree ("started_at") WHERE "conversations"."is_latest";--> statement-breakpoint
CREATE INDEX "conversations_batch_idx" ON "conversations" USING btree ("ingest_batch_id");--> statement-breakpoint
CREATE INDEX "ingest_batches_created_idx" ON "ingest_batches" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ingest_errors_batch_idx" ON "ingest_errors" USING btree ("batch_id","line");--> statement-breakpoint
CREATE UNIQUE INDEX "results_conv_pack_uq" ON "results" USING btree ("conversation_id","conversation_version","pack_id","pack_version");--> statement-breakpoint
CREATE UNIQUE INDEX "results_latest_uq" ON "results" USING btree ("conversation_id","conversation_version") WHERE "results"."is_latest";--> statement-breakpoint
CREATE INDEX "results_total_idx" ON "results" USING btree ("total") WHERE "results"."is_latest";--> statement-breakpoint
CREATE INDEX "results_rule_ids_idx" ON "results" USING gin ("rule_ids");--> statement-breakpoint
CREATE INDEX "results_pack_idx" ON "results" USING btree ("pack_id","pack_version");--> statement-breakpoint
CREATE INDEX "rule_packs_published_idx" ON "rule_packs" USING btree ("id","published_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "ingest_records_chunk_idx" ON "ingest_records" USING btree ("batch_id","chunk");--> statement-breakpoint
CREATE INDEX "rescore_runs_created_idx" ON "rescore_runs" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_target_uq" ON "appeals" USING btree ("task_id","target_key");--> statement-breakpoint
CREATE INDEX "appeals_status_idx" ON "appeals" USING btree ("status","filed_at");--> statement-breakpoint
CREATE INDEX "appeals_team_idx" ON "appeals" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "appeals_agent_idx" ON "appeals" USING btree ("agent_id","status");--> statement-breakpoint
CREATE INDEX "appeals_decided_idx" ON "appeals" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "calibration_participants_user_idx" ON "calibration_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "review_hit_judgements_rule_idx" ON "review_hit_judgements" USING btree ("rule");--> statement-breakpoint
CREATE UNIQUE INDEX "review_tasks_plan_conv_uq" ON "review_tasks" USING btree ("plan_id","conversation_id","conversation_version");--> statement-breakpoint
CREATE INDEX "review_tasks_inspector_idx" ON "review_tasks" USING btree ("inspector_user_id","status");--> statement-breakpoint
CREATE INDEX "review_tasks_status_idx" ON "review_tasks" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "review_tasks_agent_idx" ON "review_tasks" USING btree ("agent_id","finalized_at");--> statement-breakpoint
CREATE INDEX "review_tasks_team_idx" ON "review_tasks" USING btree ("team_id","finalized_at");--> statement-breakpoint
CREATE INDEX "review_tasks_finalized_idx" ON "review_tasks" USING btree ("finalized_at");--> statement-breakpoint
CREATE INDEX "review_tasks_conversation_idx" ON "review_tasks" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "sampling_runs_plan_idx" ON "sampling_runs" USING btree ("plan_id","ran_at");--> statement-breakpoint
CREATE UNIQUE INDEX "call_stats_daily_uq" ON "call_stats_daily" USING btree ("agent_id","date","source");--> statement-breakpoint
CREATE INDEX "call_stats_daily_date_idx" ON "call_stats_daily" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_policies_default_version_uq" ON "kpi_policies" USING btree ("version") WHERE "kpi_policies"."vendor_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_policies_vendor_version_uq" ON "kpi_policies" USING btree ("vendor_id","version") WHERE "kpi_policies"."vendor_id" is not null;--> statement-breakpoint
CREATE INDEX "actual_losses_vendor_month_idx" ON "actual_losses" USING btree ("vendor_id","month");--> statement-breakpoint
CREATE INDEX "complaints_vendor_day_idx" ON "complaints" USING btree ("vendor_id","received_on");--> statement-breakpoint
CREATE INDEX "complaints_agent_day_idx" ON "complaints" USING btree ("agent_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "discipline_confirmations_uq" ON "discipline_confirmations" USING btree ("incident_id","role");--> statement-breakpoint
CREATE INDEX "discipline_incidents_agent_idx" ON "discipline_incidents" USING btree ("agent_id","occurred_on");--> statement-breakpoint
CREATE INDEX "discipline_incidents_vendor_idx" ON "discipline_incidents" USING btree ("vendor_id","occurred_on");--> statement-breakpoint
CREATE INDEX "late_callbacks_vendor_day_idx" ON "late_callbacks" USING btree ("vendor_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_uq" ON "report_submissions" USING btree ("vendor_id","period","name");--> statement-breakpoint
CREATE INDEX "settlement_adjustments_statement_idx" ON "settlement_adjustments" USING btree ("statement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_statements_vendor_month_uq" ON "settlement_statements" USING btree ("vendor_id","month");