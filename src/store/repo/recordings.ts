// Recordings repository: the upload (audio in bytea, docs/stt.md), its transcription progress, and byte ranges of
// the audio for playback (substring(), so a seek reads only what the browser asks for).
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordings, type RecordingStatus } from '../schema/index.ts';
import type { DbHandle } from '../store.ts';

export type RecordingRow = Omit<typeof recordings.$inferSelect, 'audio'>;
export type NewRecording = typeof recordings.$inferInsert;

const meta = {
  id: recordings.id,
  conversationId: recordings.conversationId,
  agentId: recordings.agentId,
  status: recordings.status,
  progress: recordings.progress,
  error: recordings.error,
  fileName: recordings.fileName,
  contentType: recordings.contentType,
  sizeBytes: recordings.sizeBytes,
  sampleRate: recordings.sampleRate,
  channels: recordings.channels,
  durationMs: recordings.durationMs,
  options: recordings.options,
  engine: recordings.engine,
  batchId: recordings.batchId,
  uploadedByUserId: recordings.uploadedByUserId,
  createdAt: recordings.createdAt,
  updatedAt: recordings.updatedAt,
};

export async function insertRecording(s: DbHandle, row: NewRecording): Promise<void> {
  await s.db.insert(recordings).values(row);
}

export async function getRecording(s: DbHandle, id: string): Promise<RecordingRow | undefined> {
  const [row] = await s.db.select(meta).from(recordings).where(eq(recordings.id, id));
  return row;
}

/** The newest recording whose transcript became this conversation (one conversation may be uploaded again). */
export async function recordingOfConversation(
  s: DbHandle,
  conversationId: string,
): Promise<RecordingRow | undefined> {
  const [row] = await s.db
    .select(meta)
    .from(recordings)
    .where(eq(recordings.conversationId, conversationId))
    .orderBy(desc(recordings.createdAt))
    .limit(1);
  return row;
}

export async function recordingAudio(s: DbHandle, id: string): Promise<Uint8Array | undefined> {
  const [row] = await s.db.select({ audio: recordings.audio }).from(recordings).where(eq(recordings.id, id));
  return row && toBytes(row.audio);
}

/** Bytes [start, start + length) of the audio. */
export async function recordingAudioRange(
  s: DbHandle,
  id: string,
  start: number,
  length: number,
): Promise<Uint8Array | undefined> {
  const [row] = await s.db
    .select({ part: sql<Uint8Array>`substring(${recordings.audio} from ${start + 1} for ${length})` })
    .from(recordings)
    .where(eq(recordings.id, id));
  return row && toBytes(row.part);
}

export async function updateRecording(
  s: DbHandle,
  id: string,
  patch: Partial<{
    status: RecordingStatus;
    progress: number;
    error: string | null;
    engine: string;
    batchId: string;
  }>,
  now: Date,
  onlyIf?: RecordingStatus,
): Promise<boolean> {
  const rows = await s.db
    .update(recordings)
    .set({ ...patch, updatedAt: now })
    .where(
      onlyIf === undefined
        ? eq(recordings.id, id)
        : and(eq(recordings.id, id), eq(recordings.status, onlyIf)),
    )
    .returning({ id: recordings.id });
  return rows.length > 0;
}

/** node-postgres answers bytea as a Buffer, PGlite as a Uint8Array; a raw sql<> column may come as `\x…` hex text. */
function toBytes(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string' && v.startsWith('\\x')) return Uint8Array.from(Buffer.from(v.slice(2), 'hex'));
  throw new TypeError('unexpected bytea value');
}
