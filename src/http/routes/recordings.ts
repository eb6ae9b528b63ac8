// Recordings (docs/stt.md): POST /api/recordings uploads a WAV (multipart) for speech-to-text; GET
// /api/recordings/:id follows its progress; GET /api/conversations/:id/recording and /audio give the conversation
// page its audio, scoped like the conversation itself (out of scope = not found) and with HTTP range requests so the
// browser can seek without loading the whole call.
import multipart from '@fastify/multipart';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resolveConversationId } from '../../auth/masked-ids.ts';
import { requireAction } from '../../auth/sessions.ts';
import { inScope, type Principal } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import {
  getConversation,
  getRecording,
  recordingAudioRange,
  recordingOfConversation,
  type RecordingRow,
} from '../../store/index.ts';
import { recordingOptionsSchema } from '../../stt/recording-options.ts';
import { recordingStatus, uploadRecording } from '../../stt/recordings.ts';
import { RECORDING_STATUSES } from '../../store/schema/recordings.ts';
import type { AppContext } from '../context.ts';

const recordingSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  agentId: z.string().nullable(),
  status: z.enum(RECORDING_STATUSES),
  progress: z.number(),
  error: z.string().nullable(),
  fileName: z.string(),
  sizeBytes: z.number(),
  sampleRate: z.number(),
  channels: z.number(),
  durationMs: z.number(),
  engine: z.string().nullable(),
  batchId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

function present(r: RecordingRow): z.infer<typeof recordingSchema> {
  return {
    id: r.id,
    conversationId: r.conversationId,
    agentId: r.agentId,
    status: r.status,
    progress: r.progress,
    error: r.error,
    fileName: r.fileName,
    sizeBytes: r.sizeBytes,
    sampleRate: r.sampleRate,
    channels: r.channels,
    durationMs: r.durationMs,
    engine: r.engine,
    batchId: r.batchId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The recording of a conversation the caller may see; otherwise NOT_FOUND, like a missing conversation. */
async function scopedRecording(ctx: AppContext, p: Principal, ref: string): Promise<RecordingRow> {
  const conversationId = await resolveConversationId(ctx.store, p, ref);
  const found = await getConversation(ctx.store, conversationId);
  const rec =
    found && inScope(p, found.conversation)
      ? await recordingOfConversation(ctx.store, conversationId)
      : undefined;
  if (!rec) throw new AppError('NOT_FOUND', `No recording of conversation ${conversationId}`);
  return rec;
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` (one range; several are answered with the whole file, as RFC 9110 allows). */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'invalid' | undefined {
  if (header === undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return undefined;
  const [, a, b] = m;
  let start: number;
  let end: number;
  if (a === '') {
    if (b === '') return 'invalid';
    start = Math.max(0, size - Number(b));
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(size - 1, Number(b));
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

export function recordingRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    const maxBytes = ctx.settings.stt.maxRecordingBytes;
    void app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 10 } });

    app.post(
      '/recordings',
      {
        config: { action: 'ingest.write' },
        bodyLimit: maxBytes + 1024 * 1024,
        schema: {
          tags: ['recordings'],
          summary: 'Upload a call recording (WAV) for speech-to-text',
          description:
            'multipart/form-data with one `file` (PCM WAV, 16-bit, 8 or 16 kHz, mono or stereo) and optional fields ' +
            '`conversationId`, `agentId`, `startedAt`, `agentChannel` (stereo: 0 = left, 1 = right) and `speakerRoles` ' +
            '(JSON, mono with diarisation: {"spk0": "agent"}). Answers at once; the transcript is made by a job and ' +
            'ingested as a conversation (poll GET /api/recordings/{id}).',
          response: { 202: recordingSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'ingest.write');
        if (!ctx.jobs) throw new AppError('UNAVAILABLE', 'this server runs no job queue');
        if (!req.isMultipart())
          throw new AppError('BAD_INPUT', 'send multipart/form-data with the WAV as `file`');
        let file: { name: string; bytes: Buffer } | undefined;
        const fields: Record<string, unknown> = {};
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            const bytes = await part.toBuffer();
            if (part.file.truncated)
              throw new AppError('PAYLOAD_TOO_LARGE', `recordings are limited to ${maxBytes} bytes`);
            file = { name: part.filename || 'recording.wav', bytes };
          } else if (part.fieldname === 'speakerRoles') {
            try {
              fields.speakerRoles = JSON.parse(String(part.value));
            } catch {
              throw new AppError('BAD_INPUT', 'speakerRoles must be JSON such as {"spk0": "agent"}', {
                field: 'speakerRoles',
              });
            }
          } else if (String(part.value) !== '') fields[part.fieldname] = part.value;
        }
        if (file === undefined)
          throw new AppError('BAD_INPUT', 'multipart upload without a file', { field: 'file' });
        const options = recordingOptionsSchema.safeParse(fields);
        if (!options.success) {
          throw new AppError('BAD_INPUT', 'invalid recording options', {
            issues: options.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          });
        }
        const rec = await uploadRecording(
          ctx.store,
          ctx.jobs,
          p,
          { bytes: file.bytes, fileName: file.name, options: options.data },
          ctx.settings,
          ctx.now(),
        );
        return reply.code(202).send(present(rec));
      },
    );

    app.get(
      '/recordings/:id',
      {
        config: { action: 'ingest.read' },
        schema: {
          tags: ['recordings'],
          summary: 'Transcription progress of an uploaded recording',
          params: z.object({ id: z.string().min(1) }),
          response: { 200: recordingSchema },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'ingest.read');
        const rec = await getRecording(ctx.store, req.params.id);
        if (!rec) throw new AppError('NOT_FOUND', `Recording ${req.params.id} not found`);
        return present(await recordingStatus(ctx.store, rec));
      },
    );

    app.get(
      '/conversations/:id/recording',
      {
        config: { action: 'conversations.read' },
        schema: {
          tags: ['recordings'],
          summary: 'The recording a conversation was transcribed from (404 when it has none)',
          params: z.object({ id: z.string().min(1) }),
          response: {
            200: z.object({
              id: z.string(),
              durationMs: z.number(),
              channels: z.number(),
              sampleRate: z.number(),
              engine: z.string().nullable(),
              audioUrl: z.string(),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'conversations.read');
        const rec = await scopedRecording(ctx, p, req.params.id);
        return {
          id: rec.id,
          durationMs: rec.durationMs,
          channels: rec.channels,
          sampleRate: rec.sampleRate,
          engine: rec.engine,
          audioUrl: `/api/conversations/${encodeURIComponent(req.params.id)}/audio`,
        };
      },
    );

    app.get(
      '/conversations/:id/audio',
      {
        config: { action: 'conversations.read' },
        schema: {
          tags: ['recordings'],
          summary: 'The conversation’s audio (audio/wav), with byte ranges for seeking',
          params: z.object({ id: z.string().min(1) }),
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'conversations.read');
        const rec = await scopedRecording(ctx, p, req.params.id);
        const size = rec.sizeBytes;
        const range = parseRange(req.headers.range, size);
        void reply
          .type(rec.contentType)
          .header('accept-ranges', 'bytes')
          .header('cache-control', 'private, max-age=3600');
        if (range === 'invalid') return reply.code(416).header('content-range', `bytes */${size}`).send();
        const { start, end } = range ?? { start: 0, end: size - 1 };
        const bytes = await recordingAudioRange(ctx.store, rec.id, start, end - start + 1);
        if (range) void reply.code(206).header('content-range', `bytes ${start}-${end}/${size}`);
        return reply.send(Buffer.from(bytes!.buffer, bytes!.byteOffset, bytes!.byteLength));
      },
    );
    done();
  };
}
