// The labelled development evaluation (`npm run eval -- DATA_PATH`): the team's cases (scripts/eval/cases/*.yaml,
// written by us, see its README) are planted into real dialogues read from DATA_PATH at run time, the default pack
// judges each planted conversation, and the verdict on the planted turns is compared with the case's label. Also
// the Spearman correlation of the QA total and of the predicted satisfaction with the STC-3 annotators' mean
// satisfaction (S) on the STC-3 training portion. Nothing from DATA_PATH is printed or written.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Conversation, ConversationEvent, Turn } from '../../src/core/conversation/schema.ts';
import { evaluate } from '../../src/core/rules/index.ts';
import type { CheckResult, CompiledPack } from '../../src/core/rules/index.ts';

/** Rules an inspector counts as 违禁 / 服务态度 violations of the agent's words. */
export const VIOLATION_RULES = ['forbidden-phrase', 'harsh-tone', 'shirking', 'insult'];

const caseSchema = z
  .object({
    f: z.string(),
    k: z.string(),
    r: z.string(),
    e: z.enum(['hit', 'clean']),
    t: z.array(z.string()).min(1),
    at: z.enum(['start', 'middle', 'end']).optional(),
  })
  .strict();
export type Case = z.infer<typeof caseSchema>;

/** Families in the order of the table, each with what its rate measures. */
export const FAMILIES: [string, string][] = [
  ['exact', 'recall: seed 002 phrases as written and simple variants'],
  ['garbled', 'recall: ASR homophones, near-pinyin, stacked fillers, dropped particles, spacing'],
  ['paraphrase', 'recall: paraphrases an inspector marks 违禁'],
  ['context', 'share not flagged: quotes, negation, read-back, questions, IVR, polite look-alikes'],
  ['greeting', 'share judged right: valid greeting (incl. echo) passes, missing one is flagged'],
  ['closing', 'share judged right: valid closing (incl. echo) passes, missing one is flagged'],
  ['hold-thanks', 'share judged right: usual thanks after a hold pass, none is flagged'],
  ['hangup', 'share judged right: seed 003 allowed agent hang-ups pass, others are flagged'],
  ['empathy', 'share judged right: complaint without soothing flagged, soothing / no complaint pass'],
  ['complaint-risk', 'share judged right: external channels flagged, innocent senses not'],
  ['insult', 'share judged right: agent insults flagged, customer words / harmless words not'],
  ['timing', 'share judged right: silence and interruption'],
];
const TIMED = new Set(['hold-thanks', 'hangup', 'timing']);

export function loadCases(dir: string): Case[] {
  const out: Case[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const raw: unknown = parse(readFileSync(join(dir, f), 'utf8'));
    z.array(z.unknown())
      .parse(raw)
      .forEach((c, i) => {
        const r = caseSchema.safeParse(c);
        if (!r.success) throw new Error(`${f}: case ${i + 1}: ${r.error.issues[0]?.message ?? 'invalid'}`);
        out.push(r.data);
      });
  }
  return out;
}

interface Planted {
  conversation: Conversation;
  planted: Set<number>;
}

const ROLE: Record<string, Turn['role']> = { A: 'agent', C: 'customer', I: 'ivr' };

function caseTurns(c: Case): { turns: Turn[]; directives: (string | Turn)[] } {
  const directives: (string | Turn)[] = [];
  const turns: Turn[] = [];
  for (const s of c.t) {
    const m = /^([ACI]):\s*(.*)$/su.exec(s);
    if (m === null) directives.push(s);
    else {
      const t: Turn = { role: ROLE[m[1]!]!, text: m[2]! };
      directives.push(t);
      turns.push(t);
    }
  }
  return { turns, directives };
}

/** A neutral agent turn so the case's own agent turns are the last two the closing check reads (written by us). */
const BRIDGE: Turn = { role: 'agent', text: '好的，这边已经为您记录。' };

/** Plants a case into a host dialogue; timed families get synthetic times (text length) and a voice channel. */
export function plant(host: Conversation, c: Case): Planted {
  const timed = TIMED.has(c.f);
  const { directives } = caseTurns(c);
  const at = c.at ?? 'middle';
  const hostTurns = host.turns.filter((t) => t.role === 'agent' || t.role === 'customer');
  const cut = at === 'start' ? 0 : at === 'end' ? hostTurns.length : Math.floor(hostTurns.length / 2);
  const seq: (string | Turn | { host: Turn })[] = [
    ...hostTurns.slice(0, cut).map((t) => ({ host: t })),
    ...(at === 'end' && c.f === 'closing' ? [{ host: BRIDGE }] : []),
    ...directives,
    ...hostTurns.slice(cut).map((t) => ({ host: t })),
  ];
  const turns: Turn[] = [];
  const events: ConversationEvent[] = [];
  const planted = new Set<number>();
  let cursor = 0;
  let gap = 800;
  let overlap = 0;
  let hungUp = false;
  for (const d of seq) {
    if (typeof d === 'string') {
      const [word, arg] = d.split(/\s+/);
      if (word?.startsWith('+')) gap = Number(word.slice(1));
      else if (word === 'hold') {
        const len = Number(arg);
        events.push({ type: 'hold', startMs: cursor + 300, endMs: cursor + 300 + len });
        cursor += 300 + len;
        gap = 300;
      } else if (word === 'overlap') overlap = Number(arg);
      else if (word === 'hangup') {
        events.push({ type: 'hangup', by: arg === 'agent' ? 'agent' : 'customer', atMs: cursor + gap });
        hungUp = true;
      } else throw new Error(`unknown directive "${d}"`);
      continue;
    }
    const t = 'host' in d ? d.host : d;
    if (!('host' in d)) planted.add(turns.length);
    if (!timed) {
      turns.push({ role: t.role, text: t.text });
      continue;
    }
    const start = overlap > 0 ? Math.max(0, cursor - overlap) : cursor + gap;
    const end = start + 400 + 220 * [...t.text].length;
    turns.push({ role: t.role, text: t.text, startMs: start, endMs: end });
    cursor = Math.max(cursor, end);
    gap = 800;
    overlap = 0;
  }
  if (timed && !hungUp) events.push({ type: 'hangup', by: 'customer', atMs: cursor + 1000 });
  return {
    conversation: {
      id: `${host.id}+case`,
      channel: timed ? 'voice' : host.channel,
      turns,
      ...(timed ? { events } : {}),
    },
    planted,
  };
}

/**
 * Whether the result judges the case right. By default only deductions count as flags; `withSuggestions` counts a
 * suggested hit (the review queue's, no deduction) as a flag too: a violation is then right when it reaches a
 * reviewer at all, and a clean case only when nothing, not even a suggestion, is raised on it.
 */
export function judged(c: Case, result: CheckResult, planted: Set<number>, withSuggestions = false): boolean {
  const rules = c.r === 'violation' ? VIOLATION_RULES : [c.r];
  const fired = result.hits.some(
    (h) =>
      rules.includes(h.rule) &&
      planted.has(h.turn) &&
      (withSuggestions || (h as { suggested?: boolean }).suggested !== true),
  );
  return c.e === 'hit' ? fired : !fired;
}

export interface KindFigure {
  family: string;
  kind: string;
  n: number;
  right: number;
  /** Right when suggestions count as flags (judged withSuggestions). */
  rightWithReview: number;
}

/** Plants every case into `hosts` different host dialogues (chosen by a seeded walk) and judges each. */
export function runCases(
  pack: CompiledPack,
  cases: readonly Case[],
  textHosts: readonly Conversation[],
  timedHosts: readonly Conversation[],
  hosts: number,
  misses?: (c: Case, p: Planted, r: CheckResult) => void,
): KindFigure[] {
  const figures = new Map<string, KindFigure>();
  let walk = 7;
  for (const c of cases) {
    const pool = TIMED.has(c.f) ? timedHosts : textHosts;
    for (let h = 0; h < hosts; h++) {
      walk = (Math.imul(walk, 1103515245) + 12345) >>> 0;
      const host = pool[walk % pool.length]!;
      const p = plant(host, c);
      const r = evaluate(pack, p.conversation);
      const ok = judged(c, r, p.planted);
      const key = `${c.f}\u0000${c.k}`;
      const fig = figures.get(key) ?? { family: c.f, kind: c.k, n: 0, right: 0, rightWithReview: 0 };
      fig.n++;
      if (ok) fig.right++;
      if (judged(c, r, p.planted, true)) fig.rightWithReview++;
      else misses?.(c, p, r);
      figures.set(key, fig);
    }
  }
  return [...figures.values()];
}

/** Spearman's rho with average ranks for ties. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rank = (v: readonly number[]): number[] => {
    const idx = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < idx.length;) {
      let j = i;
      while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
      for (let k = i; k <= j; k++) r[idx[k]![1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const n = xs.length;
  const mx = rx.reduce((a, b) => a + b, 0) / n;
  const my = ry.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mx;
    const dy = ry[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

const stc3Schema = z.array(
  z.object({
    id: z.union([z.string(), z.number()]),
    turns: z.array(z.object({ sender: z.string(), utterances: z.array(z.string()) })),
    annotations: z.array(z.object({ quality: z.object({ S: z.number() }) })).optional(),
  }),
);

export interface Stc3Figures {
  dialogues: number;
  distinctTotals: number;
  totalRho: number;
  satisfactionRho: number | undefined;
}

/** QA total and predicted satisfaction vs the annotators' mean S on the annotated STC-3 training portion. */
export function stc3Spearman(pack: CompiledPack, file: string): Stc3Figures {
  const totals: number[] = [];
  const predicted: number[] = [];
  const human: number[] = [];
  for (const d of stc3Schema.parse(JSON.parse(readFileSync(file, 'utf8')))) {
    const a = d.annotations ?? [];
    if (a.length === 0) continue;
    const c: Conversation = {
      id: `stc3-${d.id}`,
      channel: 'chat',
      turns: d.turns.flatMap((t) =>
        t.utterances
          .filter((u) => u.trim() !== '')
          .map((text) => ({ role: t.sender === 'helpdesk' ? 'agent' : 'customer', text }) as const),
      ),
    };
    const r = evaluate(pack, c) as CheckResult & { signals?: { satisfaction?: number } };
    totals.push(r.score.total);
    const s = r.signals?.satisfaction;
    if (s !== undefined) predicted.push(s);
    human.push(a.reduce((sum, x) => sum + x.quality.S, 0) / a.length);
  }
  return {
    dialogues: human.length,
    distinctTotals: new Set(totals).size,
    totalRho: spearman(totals, human),
    satisfactionRho: predicted.length === human.length ? spearman(predicted, human) : undefined,
  };
}
