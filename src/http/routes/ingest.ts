// POST /api/ingest (JSON array, JSONL, or importer files as multipart) and GET /api/ingest/:batchId (docs/product.md
// "Ingest"). The request only splits and stores the records, then answers 202 {batchId}; chunk jobs parse,
// validate, store and score them (src/ingest).
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { FORCEABLE_ENCODINGS, IMPORT_FORMATS, type ImportOptions } from '../../importers/index.ts';
import { decodingPlan, jsonlItems, spool } from '../../ingest/jsonl-stream.ts';
import { itemsOf, splitFile, splitJsonValue, type SplitInput } from '../../ingest/records.ts';
import { decodeIngestBody } from '../../ingest/body-text.ts';
import { submitIngestItems } from '../../ingest/submit.ts';
import { findImportProfile, getIngestBatch, type IngestItem } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

/** Largest JSON/JSONL body, and the most all files of one multipart upload may add up to. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;
/** Largest single uploaded file (an XLSX of this size already expands to far more in memory). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const fieldErrorSchema = z.object({
  line: z.number(),
  field: z.string(),
  message: z.string(),
  file: z.string().optional(),
});

const batchSchema = z.object({
  batchId: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  source: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  total: z.number(),
  accepted: z.number().describe('records read without error: stored + duplicates (+ still pending)'),
  rejected: z.number().describe('records refused with their line and field (never stored)'),
  stored: z.number().describe('conversations stored by this batch: new ones and new versions'),
  duplicates: z.number().describe('records identical to a stored conversation, skipped'),
  pending: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errors: z.array(fieldErrorSchema),
  warnings: z.array(fieldErrorSchema),
  errorCount: z.number(),
  warningCount: z.number(),
});

/** Import options of a multipart upload: form fields `format`, `timeZone`, and `options` (JSON of the rest). */
const uploadOptionsSchema = z
  .object({
    format: z.enum(IMPORT_FORMATS as unknown as [string, ...string[]]).optional(),
    timeZone: z.string().optional(),
    mapping: z.record(z.string(), z.string()).optional(),
    channelRoles: z.record(z.string(), z.enum(['agent', 'customer', 'ivr', 'system'])).optional(),
    speakerRoles: z.record(z.string(), z.enum(['agent', 'customer', 'ivr', 'system'])).optional(),
    conversationId: z.string().optional(),
    sheet: z.string().optional(),
    timeUnit: z.enum(['auto', 'ms', 's']).optional(),
    encoding: z.enum(FORCEABLE_ENCODINGS).optional(),
    channel: z.enum(['voice', 'chat']).optional(),
    /** A saved import profile (name or id) whose options apply under the ones given here. */
    profile: z.string().min(1).optional(),
  })
  .strict();

interface Upload {
  items: Iterable<IngestItem> | AsyncIterable<IngestItem>;
  source: string;
}

async function readMultipart(ctx: AppContext, req: FastifyRequest, dir: string): Promise<Upload> {
  // Each file is streamed to the request's private temporary folder as it arrives (busboy stops a file at
  // MAX_FILE_BYTES), and read back one at a time while the batch is stored: memory holds one file and its
  // records, never the whole upload.
  const files: { name: string; path: string }[] = [];
  const fields: Record<string, unknown> = {};
  let total = 0;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const path = join(dir, String(files.length));
      let size = 0;
      part.file.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      await pipeline(part.file, createWriteStream(path));
      if (part.file.truncated) {
        throw new AppError('PAYLOAD_TOO_LARGE', `${part.filename} is larger than ${MAX_FILE_BYTES} bytes`);
      }
      total += size;
      if (total > MAX_BODY_BYTES) {
        throw new AppError('PAYLOAD_TOO_LARGE', `uploaded files exceed ${MAX_BODY_BYTES} bytes together`);
      }
      files.push({ name: part.filename || part.fieldname, path });
    } else if (part.fieldname === 'options') {
      try {
        Object.assign(fields, JSON.parse(String(part.value)) as object);
      } catch {
        throw new AppError('BAD_INPUT', 'form field "options" must be a JSON object of import options');
      }
    } else {
      fields[part.fieldname] = part.value;
    }
  }
  if (files.length === 0) throw new AppError('BAD_INPUT', 'multipart upload without a file');
  const parsed = uploadOptionsSchema.safeParse(fields);
  if (!parsed.success) {
    throw new AppError('BAD_INPUT', 'invalid import options', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const { profile: profileName, ...given } = parsed.data;
  let options = given as ImportOptions;
  if (profileName !== undefined) {
    const profile = await findImportProfile(ctx.store, profileName);
    if (!profile) throw new AppError('BAD_INPUT', `no import profile named ${profileName}`);
    const saved = profile.options as ImportOptions;
    options = {
      ...saved,
      ...options,
      ...(saved.mapping || options.mapping ? { mapping: { ...saved.mapping, ...options.mapping } } : {}),
      ...(saved.speakerRoles || options.speakerRoles
        ? { speakerRoles: { ...saved.speakerRoles, ...options.speakerRoles } }
        : {}),
    };
  }
  async function* items(): AsyncGenerator<IngestItem> {
    for (const f of files) {
      let split: SplitInput;
      try {
        split = await splitFile(await readFile(f.path), f.name, options);
      } catch (e) {
        // importBuffer throws RangeError for options no record could be read with (unknown zone, role, column).
        if (e instanceof RangeError) throw new AppError('BAD_INPUT', `${f.name}: ${e.message}`);
        throw e;
      }
      yield* itemsOf(split);
    }
  }
  return { items: items(), source: `upload:${files.map((f) => f.name).join(',')}`.slice(0, 500) };
}

/** The raw body stream of a JSONL request, passed through by its content-type parser. */
function isBodyStream(body: unknown): body is Readable {
  return body instanceof Readable;
}

async function readBody(req: FastifyRequest, dir: string): Promise<Upload> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (isBodyStream(req.body)) {
    // JSONL: copied to disk as it arrives and read back line by line while stored (src/ingest/jsonl-stream.ts).
    const path = join(dir, 'body');
    const spooled = await spool(req.body, path, MAX_BODY_BYTES);
    const plan = await decodingPlan(path, spooled, req.headers['content-type']);
    return { items: jsonlItems(path, plan), source: 'jsonl' };
  }
  if (type === 'application/json') return { items: itemsOf(splitJsonValue(req.body)), source: 'json' };
  throw new AppError(
    'BAD_INPUT',
    'send application/json (array of conversations), application/x-ndjson or text/plain (JSONL), or multipart/form-data files',
  );
}

export function ingestRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    void app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 100, fields: 20 } });
    // Raw bodies arrive as bytes and are decoded by zhijian (GBK, UTF-16 or UTF-8, src/ingest/body-text.ts), never
    // as Fastify's UTF-8 string, which would turn a GBK export into mojibake. JSON is parsed by Fastify's own
    // parser (prototype-poisoning guard) after decoding.
    const jsonParser = app.getDefaultJsonParser('error', 'error');
    // JSONL is not read here at all: the handler copies the stream to disk and stores it line by line, so a
    // body of MAX_BODY_BYTES never sits in memory (src/ingest/jsonl-stream.ts).
    app.addContentTypeParser(
      ['application/x-ndjson', 'application/jsonl', 'text/plain'],
      (_req, payload, next) => next(null, payload),
    );
    app.addContentTypeParser(
      'application/json',
      { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES },
      (req, body, next) => {
        let text: string;
        try {
          text = decodeIngestBody(body as Buffer, req.headers['content-type']).text;
        } catch (e) {
          next(e as Error);
          return;
        }
        void jsonParser(req, text, next);
      },
    );

    app.post(
      '/ingest',
      {
        config: { action: 'ingest.write', recordBody: true },
        bodyLimit: MAX_BODY_BYTES,
        schema: {
          tags: ['ingest'],
          summary: 'Ingest conversations (conversation v1) as a background batch',
          description:
            'Body: a JSON array of conversation v1 (or {"conversations": [...]}, or one object) as application/json; ' +
            'JSONL as application/x-ndjson or text/plain; or multipart/form-data with one or more files in any ' +
            'importer format (json, jsonl, csv, xlsx, xls, aliyun, tencent, iflytek, huawei, volcengine, srt, vtt, ' +
            'chat-tsv) plus optional fields `format`, `timeZone`, `encoding`, `channel`, `profile` (a saved import ' +
            'profile by name or id) and `options` (JSON import options). Answers at once with the batch id; poll ' +
            'GET /api/ingest/{batchId}. Re-sending a conversation with the same content changes nothing; changed ' +
            'content becomes a new version. Unknown agent ids are stored without team/vendor and reported as warnings.',
          response: {
            202: z.object({ batchId: z.string(), total: z.number(), chunks: z.number() }),
          },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'ingest.write');
        if (!ctx.jobs) throw new AppError('UNAVAILABLE', 'this server runs no job queue');
        const jobs = ctx.jobs;
        // The request's files (a JSONL body, uploaded files) live in a private temporary folder until stored.
        const dir = await mkdtemp(join(tmpdir(), 'zhijian-upload-'));
        try {
          const { items, source } = req.isMultipart()
            ? await readMultipart(ctx, req, dir)
            : await readBody(req, dir);
          const r = await submitIngestItems(ctx.store, jobs, {
            items,
            source,
            createdByUserId: p.id,
            now: ctx.now(),
            empty: () => new AppError('BAD_INPUT', 'no conversations in the request'),
          });
          return await reply.code(202).send(r);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );

    app.get(
      '/ingest/:batchId',
      {
        config: { action: 'ingest.read' },
        schema: {
          tags: ['ingest'],
          summary: 'Progress and errors of an ingest batch',
          params: z.object({ batchId: z.string().min(1) }),
          response: { 200: batchSchema },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'ingest.read');
        const found = await getIngestBatch(ctx.store, req.params.batchId);
        if (!found) throw new AppError('NOT_FOUND', `Ingest batch ${req.params.batchId} not found`);
        const { batch: b, outcomes: o } = found;
        const present = (e: (typeof found.errors)[number]) => ({
          line: e.line,
          field: e.field,
          message: e.message,
          ...(e.file === null ? {} : { file: e.file }),
        });
        return {
          batchId: b.id,
          status: b.status,
          source: b.source,
          createdAt: b.createdAt.toISOString(),
          finishedAt: b.finishedAt?.toISOString() ?? null,
          total: b.total,
          accepted: o.inserted + o.updated + o.unchanged,
          rejected: b.rejected,
          stored: o.inserted + o.updated,
          duplicates: o.unchanged,
          pending: o.pending,
          inserted: o.inserted,
          updated: o.updated,
          unchanged: o.unchanged,
          errors: found.errors.filter((e) => e.severity === 'error').map(present),
          warnings: found.errors.filter((e) => e.severity === 'warning').map(present),
          errorCount: found.errorCount,
          warningCount: found.warningCount,
        };
      },
    );
    done();
  };
}
