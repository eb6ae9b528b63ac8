// What changed between a stored statement (the snapshot taken when it was built) and the statement its inputs give
// now: a complaint judged after the build, a discipline entry, call statistics, a report submission, an adjusting
// entry or a new KPI policy version. The statement page shows this diff; confirming or approving a statement whose
// inputs changed needs a rebuild or an explicit acknowledgement (src/settlement/safety.ts).
// Lines are matched by kind and the record they come from; only amounts count as a change (descriptions are text).
import type { KpiItemId } from './policy.ts';
import { LINE_KINDS, type SettlementLine, type SettlementStatement } from './settlement.ts';

export interface LineChange {
  key: string;
  kind: SettlementLine['kind'];
  agentId: string | null;
  description: string;
  /** null when the line is new (added) or gone (removed). */
  beforeFen: number | null;
  afterFen: number | null;
}

export interface StatementDiff {
  changed: boolean;
  policyVersion: { before: string; after: string };
  lines: LineChange[];
  /** Totals by kind that differ, and the net. */
  totals: { kind: SettlementLine['kind'] | 'netFen'; beforeFen: number; afterFen: number }[];
  netBeforeFen: number;
  netAfterFen: number;
}

/** The identity of a line across builds: its kind and the record (or agent) it comes from. */
export function lineKey(l: SettlementLine): string {
  return `${l.kind}|${l.reference ?? ''}|${l.agentId ?? ''}`;
}

function grouped(lines: readonly SettlementLine[]): Map<string, { line: SettlementLine; fen: number }> {
  const m = new Map<string, { line: SettlementLine; fen: number }>();
  for (const l of lines) {
    const k = lineKey(l);
    const prev = m.get(k);
    m.set(k, { line: prev?.line ?? l, fen: (prev?.fen ?? 0) + l.amountFen });
  }
  return m;
}

export function diffStatements(before: SettlementStatement, after: SettlementStatement): StatementDiff {
  const a = grouped(before.lines);
  const b = grouped(after.lines);
  const lines: LineChange[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (y === undefined || y.fen !== x.fen)
      lines.push({
        key,
        kind: x.line.kind,
        agentId: x.line.agentId ?? null,
        description: (y ?? x).line.description,
        beforeFen: x.fen,
        afterFen: y?.fen ?? null,
      });
  }
  for (const [key, y] of b)
    if (!a.has(key))
      lines.push({
        key,
        kind: y.line.kind,
        agentId: y.line.agentId ?? null,
        description: y.line.description,
        beforeFen: null,
        afterFen: y.fen,
      });
  const totals = [...LINE_KINDS, 'netFen' as const]
    .filter((k) => before.totals[k] !== after.totals[k])
    .map((k) => ({ kind: k, beforeFen: before.totals[k], afterFen: after.totals[k] }));
  const policyVersion = { before: before.policyVersion, after: after.policyVersion };
  return {
    changed: lines.length > 0 || totals.length > 0 || policyVersion.before !== policyVersion.after,
    policyVersion,
    lines,
    totals,
    netBeforeFen: before.totals.netFen,
    netAfterFen: after.totals.netFen,
  };
}

export interface MissingKpiData {
  agentId: string;
  item: KpiItemId;
  /** What the policy scored instead: the item's base points or zero. */
  rule: 'base' | 'zero';
  points: number;
  /**
   * Whether a person must acknowledge it before confirming or approving. seed 002 (五)2 gives satisfaction its
   * own default ("如果满意度没有统计，默认为满分"); the answer rate and the QA score have none, so their gap is a
   * data problem to look at, not a reading of the contract (docs/product.md "Decided readings of the seeds").
   */
  needsAcknowledgement: boolean;
}

/** The KPI items of a statement that were scored without data, in agent order. */
export function missingKpiData(statement: SettlementStatement): MissingKpiData[] {
  const out: MissingKpiData[] = [];
  for (const k of statement.kpi)
    for (const item of ['answerRate', 'satisfaction', 'qa'] as const) {
      const r = k.items[item];
      if (r.kind === 'no-data')
        out.push({
          agentId: k.agentId,
          item,
          rule: r.rule,
          points: r.points,
          needsAcknowledgement: item !== 'satisfaction',
        });
    }
  return out;
}

/** A canonical text of what a statement pays and why: equal texts mean equal statements (the shell hashes it). */
export function statementCanonicalText(s: SettlementStatement): string {
  const lines = [...grouped(s.lines)].map(([k, v]) => `${k}=${v.fen}`).sort();
  const missing = missingKpiData(s).map((m) => `${m.agentId}:${m.item}:${m.rule}`);
  return JSON.stringify({ policy: s.policyVersion, lines, missing, net: s.totals.netFen });
}
