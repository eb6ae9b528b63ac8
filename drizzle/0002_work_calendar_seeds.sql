CREATE TABLE "work_calendar_seeds" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"seeded_at" timestamp with time zone DEFAULT now() NOT NULL
);
