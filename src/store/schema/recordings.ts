// Call recordings uploaded for speech-to-text (docs/stt.md). The audio is kept in the database (bytea), not in a data
// folder: with PostgreSQL several workers on several machines transcribe and several web processes serve playback,
// and a folder would be local to one of them; backups and retention then cover it like every other row. The upload
// limit (ZHIJIAN_RECORDING_MAX_MB) keeps a row within what PostgreSQL handles comfortably; playback reads byte
// ranges with substring() so a seek never loads the whole file.
import { customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const RECORDING_STATUSES = ['queued', 'transcribing', 'ingesting', 'done', 'failed'] as const;
export type RecordingStatus = (typeof RECORDING_STATUSES)[number];

export const recordings = pgTable(
  'recordings',
  {
    id: text('id').primaryKey(),
    /** The conversation the transcript becomes (given at upload or `rec-<id>`); its row carries the scope. */
    conversationId: text('conversation_id').notNull(),
    agentId: text('agent_id'),
    status: text('status', { enum: RECORDING_STATUSES }).notNull().default('queued'),
    /** 0 … 100: the share of the audio transcribed, then 100 once the conversation is stored. */
    progress: integer('progress').notNull().default(0),
    error: text('error'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sampleRate: integer('sample_rate').notNull(),
    channels: integer('channels').notNull(),
    durationMs: integer('duration_ms').notNull(),
    /** Upload options: agent channel, speaker roles, start time (what the transcript needs besides the audio). */
    options: text('options').notNull().default('{}'),
    /** The engine that transcribed it (`sherpa-onnx:paraformer`, `test`), once done. */
    engine: text('engine'),
    /** The ingest batch the transcript went into. */
    batchId: text('batch_id'),
    uploadedByUserId: text('uploaded_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    audio: bytea('audio').notNull(),
  },
  (t) => [index('recordings_conversation_idx').on(t.conversationId, t.createdAt)],
);
