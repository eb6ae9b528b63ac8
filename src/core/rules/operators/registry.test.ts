// Meta-test (house style §5): every operator module is registered under its file name, is documented in
// docs/rules.md, and has a table test whose cases (imported from <id>.cases.ts, counted here rather than grepped)
// are complete: at least two valid and two invalid cases, every option of the operator set by some case, the
// hits of every invalid case asserted, and the fields and message wording of those hits pinned.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conversationSchema } from '../../conversation/schema.ts';
import { compilePack } from '../compile.ts';
import { evaluate } from '../evaluate.ts';
import { formatHitMessage } from '../hit-messages.ts';
import type { Hit } from '../result.ts';
import { packText } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';
import * as agentHangup from './agent-hangup.cases.ts';
import * as classifier from './classifier.cases.ts';
import * as closingDue from './closing-due.cases.ts';
import * as complaintRisk from './complaint-risk.cases.ts';
import * as duration from './duration.cases.ts';
import * as holdThanks from './hold-thanks.cases.ts';
import { OPERATORS } from './index.ts';
import * as interruption from './interruption.cases.ts';
import * as phrase from './phrase.cases.ts';
import * as proximity from './proximity.cases.ts';
import * as regex from './regex.cases.ts';
import * as repetition from './repetition.cases.ts';
import * as sequence from './sequence.cases.ts';
import * as silence from './silence.cases.ts';
import * as speechRate from './speech-rate.cases.ts';
import * as turnMeta from './turn-meta.cases.ts';

interface Tables {
  readonly valid: readonly TableCase[];
  readonly invalid: readonly InvalidCase[];
}

/** The case tables by operator id; a new operator fails the registry test below until it is listed here. */
const CASES: Readonly<Record<string, Tables>> = {
  'agent-hangup': agentHangup,
  classifier,
  'closing-due': closingDue,
  'complaint-risk': complaintRisk,
  duration,
  'hold-thanks': holdThanks,
  interruption,
  phrase,
  proximity,
  regex,
  repetition,
  sequence,
  silence,
  'speech-rate': speechRate,
  'turn-meta': turnMeta,
};

const here = dirname(fileURLToPath(import.meta.url));
const NOT_OPERATORS = new Set(['index', 'define', 'common', 'timing']);
const files = readdirSync(here).filter((f) => f.endsWith('.ts'));
const modules = files
  .filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.cases.ts'))
  .map((f) => f.slice(0, -3))
  .filter((f) => !NOT_OPERATORS.has(f));
const casesFiles = files.filter((f) => f.endsWith('.cases.ts')).map((f) => f.slice(0, -'.cases.ts'.length));
const docs = readFileSync(join(here, '../../../../docs/rules.md'), 'utf8');

const ids = OPERATORS.map((o) => o.id);
const tablesOf = (id: string): Tables => CASES[id] ?? { valid: [], invalid: [] };
const casesOf = (id: string): readonly TableCase[] => [...tablesOf(id).valid, ...tablesOf(id).invalid];

/** The conditions of operator `id` in a rule tree (a case's `when` may compose it with all / any / not). */
function conditionsOf(id: string, node: unknown): Record<string, unknown>[] {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((n) => conditionsOf(id, n));
  const n = node as Record<string, unknown>;
  if (n.op !== undefined) return n.op === id ? [n] : [];
  return [n.all, n.any, n.not].flatMap((child) => conditionsOf(id, child));
}

/** The hits of rule `t` as `zhijian check` reports them (runCondition keeps only the span). */
function reportedHits(c: TableCase): readonly Hit[] {
  const result = evaluate(
    compilePack(packText(c.when), 'test.yaml'),
    conversationSchema.parse(c.conversation),
  );
  return result.hits.filter((h) => h.rule === 't');
}

/** Fields every hit carries (src/core/rules/result.ts; the test pack's rule has an item). */
const BASE_FIELDS = ['rule', 'category', 'turn', 'start', 'end', 'text', 'deduction', 'item', 'role'];

/**
 * What each operator's hits carry beyond BASE_FIELDS on its invalid cases, and the wording of their `message`
 * with every number written `#`. A hit has no message id: `message` is English text that `zhijian check` prints
 * as is (the json/jsonl contract of docs/product.md: fields may be added, never renamed) and the conversation page
 * shows. Pinning the wording here makes a change to it, or a field an operator stops giving, a deliberate edit.
 */
const M = ['message', 'messageId', 'messageValues'];
const HIT_SHAPES: Readonly<Record<string, { fields: string[]; messages: string[] }>> = {
  phrase: { fields: ['suggestion'], messages: [] },
  regex: { fields: ['suggestion'], messages: [] },
  proximity: { fields: [], messages: [] },
  sequence: { fields: [], messages: [] },
  repetition: { fields: M, messages: ['repetition.said'] },
  silence: { fields: ['atMs', 'durationMs', ...M], messages: ['silence.silent'] },
  interruption: { fields: ['atMs', 'durationMs', ...M], messages: ['interruption.overlap'] },
  'speech-rate': { fields: ['atMs', 'durationMs', ...M], messages: ['speech-rate.cpm'] },
  duration: { fields: ['atMs', 'durationMs', ...M], messages: ['duration.call', 'duration.hold'] },
  'hold-thanks': { fields: ['atMs', 'message', 'messageId'], messages: ['hold-thanks.missing'] },
  'agent-hangup': {
    fields: ['atMs', 'message', 'messageId'],
    messages: ['agent-hangup.before-speech', 'agent-hangup.not-allowed'],
  },
  'complaint-risk': { fields: [], messages: [] },
  'closing-due': { fields: [], messages: [] },
  'turn-meta': { fields: M, messages: ['turn-meta.value'] },
  classifier: { fields: ['confidence', 'suggested', 'suggestion'], messages: [] },
};

/**
 * docs/rules.md "Operators": hits with `start === end` are absences or timing findings and carry a `message`.
 * closing-due is the exception: its empty hit on the last agent turn only says a closing is owed, and the default
 * pack uses it as context (`evidence: false`) beside a `not` that reports the missing closing.
 */
const SILENT_ABSENCES = new Set(['closing-due']);

describe('operator registry', () => {
  it('registers every operator module, under its file name', () => {
    expect([...ids].sort()).toEqual([...modules].sort());
  });

  it('has a cases module and a table test for every operator, and no other cases module', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
    expect([...casesFiles].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(existsSync(join(here, `${id}.test.ts`)), `${id}.test.ts`).toBe(true);
  });

  it.each(ids)('%s has at least two valid and two invalid cases, named uniquely', (id) => {
    const { valid, invalid } = tablesOf(id);
    expect(valid.length).toBeGreaterThanOrEqual(2);
    expect(invalid.length).toBeGreaterThanOrEqual(2);
    for (const table of [valid, invalid]) {
      const names = table.map((c) => c.name);
      expect(new Set(names).size, 'duplicate case names').toBe(names.length);
    }
  });

  it.each(ids)('%s: every case holds a condition of the operator', (id) => {
    const stray = casesOf(id).filter((c) => conditionsOf(id, c.when).length === 0);
    expect(stray.map((c) => c.name)).toEqual([]);
  });

  it.each(OPERATORS.map((o) => [o.id, o] as const))('%s: every option is set by some case', (_id, o) => {
    const set = new Set(
      casesOf(o.id).flatMap((c) => conditionsOf(o.id, c.when).flatMap((w) => Object.keys(w))),
    );
    expect(Object.keys(o.options.shape).filter((k) => !set.has(k))).toEqual([]);
  });

  it.each(ids)('%s: every invalid case asserts its hits', (id) => {
    const unasserted = tablesOf(id).invalid.filter((c) => c.hits.length === 0);
    expect(unasserted.map((c) => c.name)).toEqual([]);
  });

  it.each(ids)('%s: the hits of its invalid cases have a stable shape and wording', (id) => {
    const hits = tablesOf(id).invalid.flatMap(reportedHits);
    const fields = new Set(hits.flatMap((h) => Object.keys(h)));
    for (const f of BASE_FIELDS) expect(fields, f).toContain(f);
    const messages = new Set(hits.flatMap((h) => (h.messageId === undefined ? [] : [h.messageId])));
    expect({
      fields: [...fields].filter((f) => !BASE_FIELDS.includes(f)).sort(),
      messages: [...messages].sort(),
    }).toEqual(HIT_SHAPES[id]);
    // The English text is the catalogue's wording with the hit's values (../hit-messages.ts), never free text.
    for (const h of hits)
      if (h.message !== undefined) {
        expect(h.messageId, `${id}: "${h.message}" has no id`).toBeDefined();
        if (h.messageId !== undefined) expect(h.message).toBe(formatHitMessage(h.messageId, h.messageValues));
      }
    if (!SILENT_ABSENCES.has(id))
      for (const h of hits)
        if (h.start === h.end) expect(h.message, `${id} hit on turn ${h.turn}`).toBeTruthy();
  });

  it.each(ids)('%s is documented in docs/rules.md', (id) => {
    expect(docs).toContain(`### \`${id}\``);
  });

  it.each(OPERATORS)('$id has names in Chinese and English and a summary', (o) => {
    expect(o.names.zh).toMatch(/\p{Script=Han}/u);
    expect(o.names.en.length).toBeGreaterThan(0);
    expect(o.summary.length).toBeGreaterThan(10);
  });
});
