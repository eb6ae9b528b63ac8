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
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" text PRIMARY KEY NOT NULL,
	"vendor_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendors" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
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
	"rejected" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_errors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" text NOT NULL,
	"line" integer NOT NULL,
	"field" text NOT NULL,
	"message" text NOT NULL
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
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");