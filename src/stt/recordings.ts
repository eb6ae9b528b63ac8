// Recordings: the upload command (a WAV → a stored recording → a `transcribe-recording` job, audited) and the
// status shown while the job works (src/stt/transcribe.ts). docs/stt.md describes storage, limits and options.
import { randomUUID } from 'node:crypto';
import { inScope, type Principal } from '../core/auth/roles.ts';
import { parseWav, WavError } from '../core/audio/wav.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { JobSender } from '../jobs/define.ts';
import type { RecordingOptions } from './recording-options.ts';
import { transcribeRecordingJob } from '../jobs/definitions/transcribe-recording.ts';
import type { Settings } from '../settings/settings.ts';
import {
  appendAudit,
  getAgentScope,
  getIngestBatch,
  getRecording,
  insertRecording,
  updateRecording,
  type RecordingRow,
  type Store,
} from '../store/index.ts';

export async function uploadRecording(
  store: Store,
  jobs: JobSender,
  p: Principal,
  req: { bytes: Uint8Array; fileName: string; options: RecordingOptions },
  settings: Settings,
  now: Date,
): Promise<RecordingRow> {
  if (settings.stt.engine === 'none') {
    throw new AppError('BAD_INPUT', 'speech-to-text is off on this server (ZHIJIAN_STT_ENGINE, docs/stt.md)');
  }
  if (req.bytes.length > settings.stt.maxRecordingBytes) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `recordings are limited to ${settings.stt.maxRecordingBytes} bytes`,
    );
  }
  let wav;
  try {
    wav = parseWav(req.bytes);
  } catch (e) {
    if (e instanceof WavError)
      throw new AppError('BAD_INPUT', `${req.fileName}: ${e.message}`, { field: 'file' });
    throw e;
  }
  const o = req.options;
  if (o.agentId !== undefined) {
    const agent = await getAgentScope(store, o.agentId);
    // An agent the caller may not see is answered like an unknown one.
    if (!agent || !inScope(p, agent)) {
      throw new AppError('BAD_INPUT', `unknown agent ${o.agentId}`, { field: 'agentId' });
    }
  }
  const id = `rec-${randomUUID()}`;
  await insertRecording(store, {
    id,
    conversationId: o.conversationId ?? id,
    agentId: o.agentId ?? null,
    fileName: req.fileName.slice(0, 300),
    contentType: 'audio/wav',
    sizeBytes: req.bytes.length,
    sampleRate: wav.sampleRate,
    channels: wav.channels.length,
    durationMs: wav.durationMs,
    options: JSON.stringify(o),
    uploadedByUserId: p.id,
    createdAt: now,
    updatedAt: now,
    audio: req.bytes,
  });
  await appendAudit(store, {
    actorUserId: p.id,
    action: 'recording.upload',
    entity: 'recording',
    entityId: id,
    after: { fileName: req.fileName, sizeBytes: req.bytes.length, durationMs: wav.durationMs },
  });
  await jobs.send(transcribeRecordingJob, { recordingId: id });
  return (await getRecording(store, id))!;
}

/** The recording's status as shown: `ingesting` becomes `done` once its batch stored (and scored) the transcript. */
export async function recordingStatus(store: Store, rec: RecordingRow): Promise<RecordingRow> {
  if (rec.status !== 'ingesting' || rec.batchId === null) return rec;
  const batch = await getIngestBatch(store, rec.batchId, 10);
  if (batch?.batch.status === 'done' || batch?.batch.status === 'failed') {
    const failed = batch.batch.status === 'failed' || batch.batch.accepted === 0;
    const patch = failed
      ? { status: 'failed' as const, error: batch.errors[0]?.message ?? 'the transcript could not be stored' }
      : { status: 'done' as const };
    await updateRecording(store, rec.id, patch, new Date(), 'ingesting');
    return { ...rec, ...patch };
  }
  return rec;
}
