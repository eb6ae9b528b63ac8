ALTER TABLE "settlement_statements" ADD COLUMN IF NOT EXISTS "inputs_ack" jsonb;
