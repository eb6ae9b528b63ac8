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
ALTER TABLE "clients" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "vendors" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "actions" text[];--> statement-breakpoint
ALTER TABLE "ingest_batches" ADD COLUMN "chunks" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ingest_batches" ADD COLUMN "jobs_queued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ingest_errors" ADD COLUMN "severity" text DEFAULT 'error' NOT NULL;--> statement-breakpoint
ALTER TABLE "ingest_errors" ADD COLUMN "file" text;--> statement-breakpoint
ALTER TABLE "ingest_records" ADD CONSTRAINT "ingest_records_batch_id_ingest_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ingest_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rescore_chunks" ADD CONSTRAINT "rescore_chunks_run_id_rescore_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."rescore_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rescore_runs" ADD CONSTRAINT "rescore_runs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ingest_records_chunk_idx" ON "ingest_records" USING btree ("batch_id","chunk");--> statement-breakpoint
CREATE INDEX "rescore_runs_created_idx" ON "rescore_runs" USING btree ("created_at");