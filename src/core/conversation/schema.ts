// Conversation, version 1: the external contract of docs/product.md ("External contracts").
// Every importer produces this shape and every check consumes it. Extend only by adding optional fields.
import { z } from 'zod';
import { findUnstorable } from '../text/storable.ts';
import { fastParseConversation } from './fast-parse.ts';

export const ROLES = ['agent', 'customer', 'ivr', 'system'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const ms = z.number().int().nonnegative();

export const turnSchema = z
  .object({
    role: roleSchema,
    text: z.string(),
    startMs: ms.optional(),
    endMs: ms.optional(),
    // What the ASR vendor measured per sentence and the text cannot show: speech rate (characters per
    // minute), emotion, silence before the sentence, the source channel or speaker (src/importers/README.md).
    meta: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((t) => t.startMs === undefined || t.endMs === undefined || t.endMs >= t.startMs, {
    message: 'endMs must not be before startMs',
    path: ['endMs'],
  });
export type Turn = z.infer<typeof turnSchema>;

export const holdEventSchema = z.object({ type: z.literal('hold'), startMs: ms, endMs: ms });
export const hangupEventSchema = z.object({
  type: z.literal('hangup'),
  by: z.enum(['agent', 'customer', 'system']),
  atMs: ms,
});
export const transferEventSchema = z.object({
  type: z.literal('transfer'),
  atMs: ms,
  to: z.string().optional(),
});

export const eventSchema = z.discriminatedUnion('type', [
  holdEventSchema,
  hangupEventSchema,
  transferEventSchema,
]);
export type ConversationEvent = z.infer<typeof eventSchema>;
export type HoldEvent = z.infer<typeof holdEventSchema>;
export type HangupEvent = z.infer<typeof hangupEventSchema>;

/** ISO-8601 with an explicit zone ("times carry a zone"): 2026-10-08T09:30:00+08:00 or ...Z. */
export const zonedTimestampSchema = z.iso.datetime({ offset: true });

/**
 * An identifier: at least one visible character. A blank id ("   ") would become a conversation or agent nobody can
 * find, link to or tell apart from the next blank one, so it is refused with its field instead of stored.
 */
const idText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    // The empty string is min(1)'s to report, once.
    .refine((s) => s === '' || s.trim() !== '', { message: 'must not be blank (only whitespace)' });

export const conversationSchema = z.object({
  id: idText(200),
  channel: z.enum(['voice', 'chat']).default('voice'),
  agentId: idText(100).optional(),
  startedAt: zonedTimestampSchema.optional(),
  turns: z.array(turnSchema),
  events: z.array(eventSchema).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});

/** A parsed conversation (defaults applied). */
export type Conversation = z.infer<typeof conversationSchema>;
/** What a producer may write (defaults not yet applied). */
export type ConversationInput = z.input<typeof conversationSchema>;

export interface FieldError {
  /** 1-based line (JSONL, CSV) or record number in the source; 0 when unknown. */
  line: number;
  /** Dotted path of the offending field, e.g. `turns.3.role`; empty for the whole record. */
  field: string;
  message: string;
}

export type ParseResult = { ok: true; conversation: Conversation } | { ok: false; errors: FieldError[] };

/**
 * Whether JSON text cannot hold anything findUnstorable reports once parsed into a conversation without `meta`:
 * every string of such a conversation is a piece of the text with its escapes resolved, and the shape is at most
 * three deep, so a NUL or a lone surrogate can only come from a `\u` escape or from the text itself. One scan of
 * the line instead of a walk over the parsed value: every line of every JSONL file passes here.
 */
const SUSPECT_SOURCE = /\\u|[\0\ud800-\udfff]/;

function metaFree(c: Conversation): boolean {
  if (c.meta !== undefined) return false;
  for (let i = 0; i < c.turns.length; i++) if (c.turns[i]!.meta !== undefined) return false;
  return true;
}

/**
 * Parse one untrusted record into a conversation, reporting every bad field with its path. `source`: the JSON text
 * the value was parsed from, when there is one (a JSONL line), which makes the storability check cheaper.
 */
export function parseConversation(value: unknown, line = 0, source?: string): ParseResult {
  const r = parseShape(value, line);
  if (!r.ok) return r;
  if (source !== undefined && metaFree(r.conversation) && !SUSPECT_SOURCE.test(source)) return r;
  // The shape is right; now what the database can hold (src/core/text/storable.ts): a lone surrogate, a NUL or
  // meta nested thousands deep is this record's error, never its chunk's.
  const bad = findUnstorable(r.conversation);
  return bad ? { ok: false, errors: [{ line, field: bad.field, message: bad.message }] } : r;
}

function parseShape(value: unknown, line: number): ParseResult {
  const fast = fastParseConversation(value);
  if (fast) return { ok: true, conversation: fast };
  const r = conversationSchema.safeParse(value);
  if (r.success) return { ok: true, conversation: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({ line, field: i.path.map(String).join('.'), message: i.message })),
  };
}

/** True when every turn carries both times, so timing operators can apply. */
export function hasTimes(c: Conversation): boolean {
  return c.turns.length > 0 && c.turns.every((t) => t.startMs !== undefined && t.endMs !== undefined);
}
