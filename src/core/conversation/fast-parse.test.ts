// The fast path must never disagree with the zod schema: whenever it accepts, zod accepts with a deep-equal result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParseConversation } from './fast-parse.ts';
import { conversationSchema } from './schema.ts';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const ms = fc.oneof(fc.nat(1e7), fc.integer({ min: -5, max: 5 }), fc.double({ min: 0, max: 10 }), anyValue);
const timestamp = fc.oneof(
  fc.constantFrom(
    '2026-10-08T09:30:00+08:00',
    '2026-10-08T09:30:00Z',
    '2026-10-08T09:30:00.123+08:00',
    '2026-10-08T09:30+08:00',
    '2026-10-08T09:30:00+0800',
    '2026-10-08T09:30:00+08',
    '2026-10-08 09:30:00',
    '2026-13-40T25:61:61Z',
    '2026-10-08T09:30:00.+08:00',
    '2026-02-30T09:30:00Z',
    '2026-10-08T24:00:00Z',
    '2026-10-08T09:30:00+08:60',
  ),
  fc.string(),
);
const turn = fc.record(
  {
    role: fc.oneof(fc.constantFrom('agent', 'customer', 'ivr', 'system'), fc.string()),
    text: fc.oneof(fc.string(), anyValue),
    startMs: ms,
    endMs: ms,
    meta: fc.oneof(fc.dictionary(fc.string(), anyValue), anyValue),
    extra: anyValue,
  },
  { requiredKeys: ['role'] },
);
const eventArb = fc.oneof(
  fc.record({ type: fc.constant('hold'), startMs: ms, endMs: ms }),
  fc.record({
    type: fc.constant('hangup'),
    by: fc.constantFrom('agent', 'customer', 'system', 'ivr'),
    atMs: ms,
  }),
  fc.record({ type: fc.constant('transfer'), atMs: ms, to: maybe(fc.oneof(fc.string(), anyValue)) }),
  fc.record({ type: fc.string(), atMs: ms }),
);
// Records built to be valid (with unknown keys to strip), so the comparison exercises the accepting path too.
const validTurn = fc
  .record({
    role: fc.constantFrom('agent', 'customer', 'ivr', 'system'),
    text: fc.string(),
    startMs: fc.nat(1e6),
    len: fc.nat(1e5),
    meta: fc.dictionary(fc.string(), anyValue),
    extra: anyValue,
  })
  .map(({ startMs, len, ...t }) => ({ ...t, startMs, endMs: startMs + len }));
const validConversation = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 20 }),
    channel: fc.constantFrom('voice', 'chat'),
    agentId: fc.string({ minLength: 1, maxLength: 10 }),
    startedAt: fc.constantFrom('2026-10-08T09:30:00+08:00', '2026-10-08T01:30:00.5Z'),
    turns: fc.array(validTurn, { maxLength: 4 }),
    events: fc.array(
      fc.record({ type: fc.constant('hangup'), by: fc.constantFrom('agent', 'customer'), atMs: fc.nat() }),
    ),
    meta: fc.dictionary(fc.string(), anyValue),
    unknownKey: anyValue,
  },
  { requiredKeys: ['id', 'turns'] },
);
const randomConversation = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 5 }), fc.string({ minLength: 195, maxLength: 205 }), anyValue),
    channel: fc.oneof(fc.constantFrom('voice', 'chat', 'sms'), anyValue),
    agentId: fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 99, maxLength: 101 }), anyValue),
    startedAt: timestamp,
    turns: fc.oneof(fc.array(turn, { maxLength: 4 }), anyValue),
    events: fc.oneof(fc.array(eventArb, { maxLength: 3 }), anyValue),
    meta: fc.oneof(fc.dictionary(fc.string(), anyValue), fc.array(anyValue), anyValue),
    unknownKey: anyValue,
  },
  { requiredKeys: [] },
);
const conversation = fc.oneof(validConversation, randomConversation);

describe('fastParseConversation', () => {
  // 4000 generated records (now with turn meta) take seconds on a loaded machine: room beyond the 5 s default
  it('accepts only what zod accepts, and returns what zod returns', { timeout: 60_000 }, () => {
    let accepted = 0;
    fc.assert(
      fc.property(conversation, (value) => {
        const fast = fastParseConversation(value);
        const slow = conversationSchema.safeParse(value);
        if (fast === undefined) return;
        accepted++;
        expect(slow.success).toBe(true);
        expect(fast).toStrictEqual(slow.data);
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('agrees with zod on every kind of start time of an otherwise valid record', () => {
    fc.assert(
      fc.property(timestamp, (startedAt) => {
        const value = { id: 'c', startedAt, turns: [] };
        const fast = fastParseConversation(value);
        expect(fast === undefined).toBe(!conversationSchema.safeParse(value).success);
      }),
    );
  });

  it('accepts an ordinary record without zod', () => {
    const c = {
      id: 'c-1',
      agentId: 'A001',
      startedAt: '2026-10-08T09:30:00+08:00',
      turns: [{ role: 'agent', text: '您好', startMs: 0, endMs: 900, confidence: 0.9 }],
      events: [{ type: 'hangup', by: 'customer', atMs: 1000 }],
      meta: { skillGroup: '信用卡' },
    };
    expect(fastParseConversation(c)).toStrictEqual(conversationSchema.parse(c));
  });
});
