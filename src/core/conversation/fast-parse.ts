// A hand-written fast path for conversation v1: for the valid records that make up nearly all of a real file it
// builds exactly what the zod schema would (defaults applied, unknown keys stripped) at a fraction of the cost.
// Anything it does not accept goes to zod, which alone decides validity and words the errors, so the two can only
// differ in speed. Equivalence is property-tested in fast-parse.test.ts. (docs/product.md targets: check ≤ 3× parse.)
import { zonedTimestampSchema, type Conversation, type ConversationEvent, type Turn } from './schema.ts';

const ROLE = new Set(['agent', 'customer', 'ivr', 'system']);
const HANGUP_BY = new Set(['agent', 'customer', 'system']);

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const optMs = (v: unknown): boolean => v === undefined || isMs(v);

function turn(v: unknown): Turn | undefined {
  if (!isObj(v)) return undefined;
  const { role, text, startMs, endMs, meta } = v;
  if (typeof role !== 'string' || !ROLE.has(role) || typeof text !== 'string') return undefined;
  if (!optMs(startMs) || !optMs(endMs)) return undefined;
  if (startMs !== undefined && endMs !== undefined && (endMs as number) < (startMs as number))
    return undefined;
  const t: Turn = { role: role as Turn['role'], text };
  if (meta !== undefined && (!isObj(meta) || Object.prototype.hasOwnProperty.call(meta, '__proto__'))) {
    return undefined;
  }
  if (startMs !== undefined) t.startMs = startMs as number;
  if (endMs !== undefined) t.endMs = endMs as number;
  if (meta !== undefined) t.meta = { ...meta };
  return t;
}

function event(v: unknown): ConversationEvent | undefined {
  if (!isObj(v)) return undefined;
  switch (v.type) {
    case 'hold':
      return isMs(v.startMs) && isMs(v.endMs)
        ? { type: 'hold', startMs: v.startMs, endMs: v.endMs }
        : undefined;
    case 'hangup':
      return typeof v.by === 'string' && HANGUP_BY.has(v.by) && isMs(v.atMs)
        ? { type: 'hangup', by: v.by as 'agent' | 'customer' | 'system', atMs: v.atMs }
        : undefined;
    case 'transfer': {
      if (!isMs(v.atMs) || (v.to !== undefined && typeof v.to !== 'string')) return undefined;
      return v.to === undefined
        ? { type: 'transfer', atMs: v.atMs }
        : { type: 'transfer', atMs: v.atMs, to: v.to };
    }
    default:
      return undefined;
  }
}

/** The parsed conversation when the fast path is sure it is valid; undefined means "ask zod". */
export function fastParseConversation(value: unknown): Conversation | undefined {
  if (!isObj(value)) return undefined;
  const { id, channel, agentId, startedAt, turns, events, meta } = value;
  // Blank ids (whitespace only) are zod's to refuse with their field.
  if (typeof id !== 'string' || id.length < 1 || id.length > 200 || id.trim() === '') return undefined;
  if (channel !== undefined && channel !== 'voice' && channel !== 'chat') return undefined;
  if (
    agentId !== undefined &&
    (typeof agentId !== 'string' || agentId.length < 1 || agentId.length > 100 || agentId.trim() === '')
  ) {
    return undefined;
  }
  // The calendar rules of a timestamp (months, days, offsets) are zod's: one regex, checked by the schema itself.
  if (
    startedAt !== undefined &&
    (typeof startedAt !== 'string' || !zonedTimestampSchema.safeParse(startedAt).success)
  ) {
    return undefined;
  }
  if (!Array.isArray(turns)) return undefined;
  const outTurns: Turn[] = new Array<Turn>(turns.length);
  for (let i = 0; i < turns.length; i++) {
    const t = turn(turns[i]);
    if (!t) return undefined;
    outTurns[i] = t;
  }
  let outEvents: ConversationEvent[] | undefined;
  if (events !== undefined) {
    if (!Array.isArray(events)) return undefined;
    outEvents = new Array<ConversationEvent>(events.length);
    for (let i = 0; i < events.length; i++) {
      const e = event(events[i]);
      if (!e) return undefined;
      outEvents[i] = e;
    }
  }
  // An own `__proto__` key (JSON.parse makes one) is dropped by zod's record; leave such oddities to zod.
  if (meta !== undefined && (!isObj(meta) || Object.prototype.hasOwnProperty.call(meta, '__proto__'))) {
    return undefined;
  }
  const c: Conversation = { id, channel: channel ?? 'voice', turns: outTurns };
  if (agentId !== undefined) c.agentId = agentId;
  if (startedAt !== undefined) c.startedAt = startedAt;
  if (outEvents !== undefined) c.events = outEvents;
  if (meta !== undefined) c.meta = { ...meta };
  return c;
}
