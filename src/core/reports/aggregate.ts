// The reports managers ask for (seed 004 "质检报告"; seed 002 考核 by month): QA score, hits per 100 calls, top rules,
// appeals upheld and complaints, per agent / team / vendor and per period. Pure: the shell (src/reports/load.ts) hands
// over one activity row per agent and local day plus the appeals and complaints of the range; everything else —
// bucketing into weeks or months, the means, the rates and the rankings — is computed here.
import { addDays, dayOfWeek, formatLocalDate, parseLocalDate } from '../time/days.ts';

export const GRANULARITIES = ['month', 'week'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export const GROUP_BYS = ['agent', 'team', 'vendor', 'all'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface Placement {
  agentId: string;
  teamId: string;
  vendorId: string;
}

/** One agent's conversations on one local day. */
export interface ActivityRow extends Placement {
  day: string;
  conversations: number;
  /** Sum of the latest result totals (final once reviewed) and how many conversations have one. */
  scoreSum: number;
  scored: number;
  /** Conversations hitting each rule (a rule counts once per conversation, as in the stage analysis). */
  ruleHits: Record<string, number>;
}

/** An appeal filed on `day` (local) against a deduction of the agent. */
export interface AppealRow extends Placement {
  day: string;
  rule: string | null;
  status: 'open' | 'upheld' | 'rejected';
}

/** A complaint received on `day` against the agent (seed 002 客户投诉). */
export interface ComplaintRow extends Placement {
  day: string;
  severity: 'minor' | 'general' | 'severe';
  decision: 'pending' | 'responsible' | 'not_responsible';
}

export interface ReportInput {
  activity: readonly ActivityRow[];
  appeals: readonly AppealRow[];
  complaints: readonly ComplaintRow[];
}

export interface Figures {
  conversations: number;
  scored: number;
  meanScore: number | null;
  /** Rule hits (conversation × rule) per 100 conversations. */
  hitsPer100: number;
  appealsFiled: number;
  appealsUpheld: number;
  /** Upheld share of the decided appeals (0 … 1), null when none was decided. */
  upheldRate: number | null;
  complaints: number;
  complaintsResponsible: number;
}

export interface RuleCount {
  ruleId: string;
  hits: number;
  per100: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The bucket of a local day: `YYYY-MM` for a month, the Monday `YYYY-MM-DD` of its ISO week for a week. */
export function bucketOf(day: string, g: Granularity): string {
  if (g === 'month') return day.slice(0, 7);
  const d = parseLocalDate(day);
  return formatLocalDate(addDays(d, -((dayOfWeek(d) + 6) % 7)));
}

/** Every bucket from the one holding `from` to the one holding `to` (local days), in order. */
export function bucketsBetween(from: string, to: string, g: Granularity): string[] {
  const out: string[] = [];
  let d = parseLocalDate(from);
  const end = parseLocalDate(to);
  for (let guard = 0; guard < 4000 && formatLocalDate(d) <= formatLocalDate(end); guard++) {
    const b = bucketOf(formatLocalDate(d), g);
    if (out.at(-1) !== b) out.push(b);
    d = addDays(d, 1);
  }
  return out;
}

export const keyOf = (p: Placement, by: GroupBy): string =>
  by === 'agent' ? p.agentId : by === 'team' ? p.teamId : by === 'vendor' ? p.vendorId : 'all';

interface Acc {
  conversations: number;
  scored: number;
  scoreSum: number;
  hits: Map<string, number>;
  appealsFiled: number;
  appealsUpheld: number;
  appealsDecided: number;
  complaints: number;
  complaintsResponsible: number;
}

const emptyAcc = (): Acc => ({
  conversations: 0,
  scored: 0,
  scoreSum: 0,
  hits: new Map(),
  appealsFiled: 0,
  appealsUpheld: 0,
  appealsDecided: 0,
  complaints: 0,
  complaintsResponsible: 0,
});

/** Sums the input into one accumulator per `keyFn` value (rows mapped to null are skipped). */
function accumulate(
  input: ReportInput,
  keyFn: (p: Placement & { day: string }) => string | null,
): Map<string, Acc> {
  const out = new Map<string, Acc>();
  const acc = (k: string) => {
    let a = out.get(k);
    if (!a) out.set(k, (a = emptyAcc()));
    return a;
  };
  for (const r of input.activity) {
    const k = keyFn(r);
    if (k === null) continue;
    const a = acc(k);
    a.conversations += r.conversations;
    a.scored += r.scored;
    a.scoreSum += r.scoreSum;
    for (const [rule, n] of Object.entries(r.ruleHits)) a.hits.set(rule, (a.hits.get(rule) ?? 0) + n);
  }
  for (const r of input.appeals) {
    const k = keyFn(r);
    if (k === null) continue;
    const a = acc(k);
    a.appealsFiled += 1;
    if (r.status !== 'open') a.appealsDecided += 1;
    if (r.status === 'upheld') a.appealsUpheld += 1;
  }
  for (const r of input.complaints) {
    const k = keyFn(r);
    if (k === null) continue;
    const a = acc(k);
    a.complaints += 1;
    if (r.decision === 'responsible') a.complaintsResponsible += 1;
  }
  return out;
}

function figures(a: Acc): Figures {
  let hits = 0;
  for (const n of a.hits.values()) hits += n;
  return {
    conversations: a.conversations,
    scored: a.scored,
    meanScore: a.scored > 0 ? round2(a.scoreSum / a.scored) : null,
    hitsPer100: a.conversations > 0 ? round1((hits * 100) / a.conversations) : 0,
    appealsFiled: a.appealsFiled,
    appealsUpheld: a.appealsUpheld,
    upheldRate: a.appealsDecided > 0 ? round2(a.appealsUpheld / a.appealsDecided) : null,
    complaints: a.complaints,
    complaintsResponsible: a.complaintsResponsible,
  };
}

/** The most hit rules (ties by rule id), with hits per 100 conversations of the same rows. */
function topRules(a: Acc, limit: number): RuleCount[] {
  return [...a.hits]
    .map(([ruleId, hits]) => ({
      ruleId,
      hits,
      per100: a.conversations > 0 ? round1((hits * 100) / a.conversations) : 0,
    }))
    .sort((x, y) => y.hits - x.hits || (x.ruleId < y.ruleId ? -1 : 1))
    .slice(0, limit);
}

const SEP = '\u0000';

export interface TrendSeries {
  key: string;
  points: ({ period: string; topRules: RuleCount[] } & Figures)[];
}

/**
 * Figures per group (agent, team, vendor or everything) and period; every series has a point for every period of
 * the range (zero conversations, null score) so the charts' x axes line up.
 */
export function trends(
  input: ReportInput,
  range: { from: string; to: string },
  g: Granularity,
  by: GroupBy,
  topLimit = 3,
): { periods: string[]; series: TrendSeries[] } {
  const periods = bucketsBetween(range.from, range.to, g);
  const inRange = (day: string) => day >= range.from && day <= range.to;
  const accs = accumulate(input, (r) =>
    inRange(r.day) ? `${keyOf(r, by)}${SEP}${bucketOf(r.day, g)}` : null,
  );
  const keys = [...new Set([...accs.keys()].map((k) => k.split(SEP)[0]!))].sort();
  const series = keys.map((key) => ({
    key,
    points: periods.map((period) => {
      const a = accs.get(`${key}${SEP}${period}`) ?? emptyAcc();
      return { period, ...figures(a), topRules: topRules(a, topLimit) };
    }),
  }));
  return { periods, series };
}

/** Hits per 100 conversations of each rule per period, over every conversation of the range (the rule trend). */
export function ruleTrends(
  input: ReportInput,
  range: { from: string; to: string },
  g: Granularity,
  limit = 10,
): {
  periods: string[];
  rules: { ruleId: string; hits: number; points: { period: string; hits: number; per100: number }[] }[];
} {
  const periods = bucketsBetween(range.from, range.to, g);
  const accs = accumulate({ activity: input.activity, appeals: [], complaints: [] }, (r) =>
    r.day >= range.from && r.day <= range.to ? bucketOf(r.day, g) : null,
  );
  const total = emptyAcc();
  for (const a of accs.values()) for (const [r, n] of a.hits) total.hits.set(r, (total.hits.get(r) ?? 0) + n);
  const rules = topRules(total, limit).map(({ ruleId, hits }) => ({
    ruleId,
    hits,
    points: periods.map((period) => {
      const a = accs.get(period);
      const n = a?.hits.get(ruleId) ?? 0;
      return { period, hits: n, per100: a && a.conversations > 0 ? round1((n * 100) / a.conversations) : 0 };
    }),
  }));
  return { periods, rules };
}

/** Figures of every group over the whole input (no periods), ordered by key; for the monthly report's tables. */
export function byGroup(
  input: ReportInput,
  by: GroupBy,
  topLimit = 3,
): ({ key: string; topRules: RuleCount[] } & Figures)[] {
  const accs = accumulate(input, (r) => keyOf(r, by));
  return [...accs]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, a]) => ({ key, ...figures(a), topRules: topRules(a, topLimit) }));
}

/** The overall figures and the most hit rules of the input. */
export function overall(input: ReportInput, topLimit = 10): Figures & { topRules: RuleCount[] } {
  const a = accumulate(input, () => 'all').get('all') ?? emptyAcc();
  return { ...figures(a), topRules: topRules(a, topLimit) };
}
