// Properties of the monthly settlement (seed 002 二 "客服岗位的Kpi以及计费方式", seed 000 差错处理) over random
// months: totals always equal their lines in integer fen, each line's sign says who pays, every deducting record
// gives exactly one line of the policy's amount, the input's order never changes the money, and the statement's
// workflow (draft → confirmed → approved, docs/product.md "KPI and monthly settlement") never leaves an approved statement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallCounts } from './counts.ts';
import { DEFAULT_KPI_POLICY, kpiPolicySchema } from './policy.ts';
import type { KpiPolicy } from './policy.ts';
import { LINE_KINDS, buildSettlement, totalsOf, verifyStatement } from './settlement.ts';
import type { SettlementInput, SettlementLineKind } from './settlement.ts';
import { transitionStatement } from './statement-state.ts';
import type { StatementAction, StatementState } from './statement-state.ts';

const counts: fc.Arbitrary<CallCounts> = fc
  .record({
    offered: fc.integer({ min: 0, max: 3000 }),
    answeredShare: fc.double({ min: 0, max: 1, noNaN: true }),
    within20Share: fc.double({ min: 0, max: 1, noNaN: true }),
    abandoned: fc.integer({ min: 0, max: 200 }),
    rated: fc.integer({ min: 0, max: 800 }),
    satisfiedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    ratingAbandoned: fc.integer({ min: 0, max: 50 }),
  })
  .map((r) => {
    const answered = Math.floor(r.offered * r.answeredShare);
    const ratingAbandoned = Math.min(r.ratingAbandoned, r.rated);
    return {
      offered: r.offered,
      answered,
      answeredWithin20s: Math.floor(answered * r.within20Share),
      abandonedInQueue: Math.min(r.abandoned, r.offered - answered),
      rated: r.rated,
      satisfied: Math.floor((r.rated - ratingAbandoned) * r.satisfiedShare),
      ratingAbandoned,
    };
  });

const day = fc.integer({ min: 1, max: 31 }).map((d) => `2026-10-${String(d).padStart(2, '0')}`);
const agentIds = ['A001', 'A002', 'B001', 'B002', 'C001'] as const;
const agentId = fc.constantFrom(...agentIds);
const id = (prefix: string) => fc.integer({ min: 0, max: 1e6 }).map((n) => `${prefix}-${n}`);

const monthInput: fc.Arbitrary<SettlementInput> = fc.record({
  vendorId: fc.constant('V1'),
  month: fc.constant('2026-10'),
  asOf: fc.constantFrom('2026-11-03', '2026-11-05', '2026-11-06', '2026-11-20'),
  agents: fc.uniqueArray(
    fc.record({
      agentId,
      stats: fc.option(counts, { nil: undefined }),
      qaScores: fc.array(
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
        { maxLength: 6 },
      ),
      monthlyFeeFen: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
    }),
    { selector: (a) => a.agentId, maxLength: agentIds.length },
  ),
  complaints: fc.uniqueArray(
    fc.record({
      id: id('cmp'),
      date: day,
      agentId,
      severity: fc.constantFrom('minor' as const, 'general' as const, 'severe' as const),
      responsible: fc.boolean(),
    }),
    { selector: (c) => c.id, maxLength: 8 },
  ),
  lateCallbacks: fc.uniqueArray(
    fc.record({
      id: id('cb'),
      date: day,
      agentId: fc.option(agentId, { nil: undefined }),
      kind: fc.constantFrom('complaint' as const, 'voicemail' as const),
    }),
    { selector: (c) => c.id, maxLength: 6 },
  ),
  reports: fc.uniqueArray(
    fc.record({
      period: fc.constant('2026-10'),
      name: fc.constantFrom('话务月报', '质检月报', '投诉月报'),
      submittedOn: fc.option(fc.constantFrom('2026-11-02', '2026-11-05', '2026-11-06', '2026-11-19'), {
        nil: null,
      }),
    }),
    { selector: (r) => r.name, maxLength: 3 },
  ),
  actualLosses: fc.uniqueArray(
    fc.record({
      id: id('loss'),
      description: fc.constant('退费'),
      amountFen: fc.integer({ min: 1, max: 10_000_000 }),
      agentId: fc.option(agentId, { nil: undefined }),
    }),
    { selector: (l) => l.id, maxLength: 4 },
  ),
  disciplineFines: fc.uniqueArray(fc.record({ agentId, incidentId: id('inc'), occurredOn: day }), {
    selector: (f) => f.incidentId,
    maxLength: 4,
  }),
  adjustments: fc.uniqueArray(
    fc.record({
      id: id('adj'),
      corrects: fc.constant('2026-09 statement'),
      description: fc.constant('更正'),
      amountFen: fc.integer({ min: -5_000_000, max: 5_000_000 }),
    }),
    { selector: (e) => e.id, maxLength: 3 },
  ),
  ideaRewards: fc.uniqueArray(
    fc.record({
      id: id('idea'),
      agentId,
      title: fc.constant('金点子'),
      amountFen: fc.integer({ min: 0, max: 100_000 }),
    }),
    { selector: (r) => r.id, maxLength: 3 },
  ),
});

/** Policies around the seed's: other amounts, caps on and off, another report day. */
const policy: fc.Arbitrary<KpiPolicy> = fc
  .record({
    baseFen: fc.integer({ min: 0, max: 500_000 }),
    maxBonus: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    maxDeduction: fc.integer({ min: 0, max: 100 }),
    minorFen: fc.integer({ min: 0, max: 100_000 }),
    lateCallbackFen: fc.integer({ min: 0, max: 20_000 }),
    dueDay: fc.integer({ min: 1, max: 28 }),
  })
  .map((p) =>
    kpiPolicySchema.parse({
      version: 'property',
      bonus: { baseFen: p.baseFen, maxPercent: p.maxBonus },
      deduction: { maxPercent: p.maxDeduction },
      complaints: { minorFen: p.minorFen },
      lateCallbackFen: p.lateCallbackFen,
      lateReport: { dueDayOfMonth: p.dueDay },
    }),
  );

/** Who pays, by line kind: + owed to the vendor, − deducted, ± either way. */
const SIGN: Record<SettlementLineKind, '+' | '-' | '±'> = {
  'base-fee': '+',
  'kpi-bonus': '+',
  'kpi-deduction': '-',
  complaint: '-',
  'late-callback': '-',
  'late-report': '-',
  'actual-loss': '-',
  'discipline-fine': '-',
  adjustment: '±',
  'idea-reward': '+',
};

const kinds = <L extends { kind: SettlementLineKind }>(lines: readonly L[], k: SettlementLineKind): L[] =>
  lines.filter((l) => l.kind === k);

describe('settlement statement properties', () => {
  it('totals are the integer-fen sums of the lines, by kind and net', () => {
    fc.assert(
      fc.property(monthInput, policy, (input, p) => {
        const s = buildSettlement(input, p);
        expect(verifyStatement(s)).toEqual([]);
        let net = 0;
        for (const k of LINE_KINDS) {
          const sum = kinds(s.lines, k).reduce((a, l) => a + l.amountFen, 0);
          expect(s.totals[k]).toBe(sum);
          net += sum;
        }
        expect(s.totals.netFen).toBe(net);
        for (const l of s.lines) expect(Number.isSafeInteger(l.amountFen)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('each line’s sign says who pays, and KPI money stays within the policy’s caps', () => {
    fc.assert(
      fc.property(monthInput, policy, (input, p) => {
        const s = buildSettlement(input, p);
        for (const l of s.lines) {
          if (SIGN[l.kind] === '+') expect(l.amountFen, l.kind).toBeGreaterThanOrEqual(0);
          if (SIGN[l.kind] === '-') expect(l.amountFen, l.kind).toBeLessThanOrEqual(0);
        }
        for (const k of s.kpi) {
          if (k.outcome.kind === 'deduction') {
            expect(k.outcome.percent).toBeLessThanOrEqual(p.deduction.maxPercent);
            expect(k.outcome.amountFen).toBeLessThanOrEqual(k.monthlyFeeFen);
          }
          if (k.outcome.kind === 'bonus' && p.bonus.maxPercent !== null)
            expect(k.outcome.percent).toBeLessThanOrEqual(p.bonus.maxPercent);
        }
        // One base fee and at most one KPI line per agent.
        expect(kinds(s.lines, 'base-fee')).toHaveLength(input.agents.length);
        for (const a of input.agents)
          expect(
            s.lines.filter((l) => l.agentId === a.agentId && l.kind.startsWith('kpi-')).length,
          ).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('every deducting record gives exactly one line of the policy’s amount, and nothing else deducts', () => {
    fc.assert(
      fc.property(monthInput, policy, (input, p) => {
        const s = buildSettlement(input, p);
        const responsible = input.complaints.filter((c) => c.responsible);
        expect(
          kinds(s.lines, 'complaint')
            .map((l) => l.reference)
            .sort(),
        ).toEqual(responsible.map((c) => c.id).sort());
        const fenOf = {
          minor: p.complaints.minorFen,
          general: p.complaints.generalFen,
          severe: p.complaints.severeFen,
        };
        for (const c of responsible)
          expect(s.lines.find((l) => l.kind === 'complaint' && l.reference === c.id)?.amountFen).toBe(
            -fenOf[c.severity],
          );
        expect(kinds(s.lines, 'late-callback')).toHaveLength(input.lateCallbacks.length);
        for (const l of kinds(s.lines, 'late-callback')) expect(l.amountFen).toBe(-p.lateCallbackFen);
        expect(kinds(s.lines, 'discipline-fine')).toHaveLength(input.disciplineFines.length);
        expect(s.totals['actual-loss']).toBe(0 - input.actualLosses.reduce((a, l) => a + l.amountFen, 0));
        expect(s.totals.adjustment).toBe(input.adjustments.reduce((a, e) => a + e.amountFen, 0));
        // A report is late when it was not done by the due day of the next month (or is still missing then).
        const due = `2026-11-${String(p.lateReport.dueDayOfMonth).padStart(2, '0')}`;
        const late = input.reports.filter((r) =>
          r.submittedOn === null ? input.asOf > due : r.submittedOn > due,
        );
        expect(kinds(s.lines, 'late-report')).toHaveLength(late.length);
      }),
      { numRuns: 300 },
    );
  });

  it('the order records arrive in changes no amount, and one more responsible complaint costs its fee', () => {
    fc.assert(
      fc.property(
        monthInput,
        fc.constantFrom('minor' as const, 'general' as const, 'severe' as const),
        (input, severity) => {
          const p = DEFAULT_KPI_POLICY;
          const s = buildSettlement(input, p);
          const reversed: SettlementInput = {
            ...input,
            agents: [...input.agents].reverse(),
            complaints: [...input.complaints].reverse(),
            lateCallbacks: [...input.lateCallbacks].reverse(),
            reports: [...input.reports].reverse(),
            actualLosses: [...input.actualLosses].reverse(),
            disciplineFines: [...input.disciplineFines].reverse(),
            adjustments: [...input.adjustments].reverse(),
            ideaRewards: [...(input.ideaRewards ?? [])].reverse(),
          };
          const r = buildSettlement(reversed, p);
          expect(r.totals).toEqual(s.totals);
          const key = (l: { kind: string; reference?: string; agentId?: string; amountFen: number }) =>
            `${l.kind}|${l.reference ?? ''}|${l.agentId ?? ''}|${l.amountFen}`;
          expect(r.lines.map(key).sort()).toEqual(s.lines.map(key).sort());

          const more = buildSettlement(
            {
              ...input,
              complaints: [
                ...input.complaints,
                { id: 'cmp-extra', date: '2026-10-15', agentId: 'A001', severity, responsible: true },
              ],
            },
            p,
          );
          const fee = { minor: 50_000, general: 250_000, severe: 500_000 }[severity];
          expect(more.totals.netFen).toBe(s.totals.netFen - fee);
          expect(totalsOf(more.lines)).toEqual(more.totals);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('statement workflow properties', () => {
  const actor = fc.record({
    id: fc.constantFrom('pm01', 'pm02', 'cd01'),
    role: fc.constantFrom('vendor-manager' as const, 'client' as const),
  });
  const action: fc.Arbitrary<StatementAction> = fc.oneof(
    fc.record({ type: fc.constant('confirm' as const), actor, at: fc.constant('2026-11-06T10:00:00+08:00') }),
    fc.record({ type: fc.constant('approve' as const), actor, at: fc.constant('2026-11-07T10:00:00+08:00') }),
    fc.record({
      type: fc.constant('reopen' as const),
      actor,
      at: fc.constant('2026-11-06T12:00:00+08:00'),
      reason: fc.constantFrom('', '  ', '投诉判定有变'),
    }),
  );

  it('moves only draft → confirmed → approved (or back to draft with a reason), audited; approved is final', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        let state: StatementState = { kind: 'draft' };
        for (const a of actions) {
          const before: StatementState = state;
          const t = transitionStatement(before, a);
          if (before.kind === 'approved') {
            expect(t).toMatchObject({ ok: false, code: 'statement-locked' });
            continue;
          }
          const allowed =
            (a.type === 'confirm' && a.actor.role === 'vendor-manager' && before.kind === 'draft') ||
            (a.type === 'approve' && a.actor.role === 'client' && before.kind === 'confirmed') ||
            (a.type === 'reopen' && before.kind === 'confirmed' && a.reason.trim() !== '');
          expect(t.ok, `${before.kind} + ${a.type} by ${a.actor.role}`).toBe(allowed);
          if (!t.ok) continue;
          expect(t.audit).toMatchObject({
            action: a.type,
            from: before.kind,
            to: t.state.kind,
            actorId: a.actor.id,
          });
          if (t.state.kind === 'approved') {
            // The approver is the client who approved, the confirmer the one recorded when it was confirmed.
            expect(t.state.approvedBy).toBe(a.actor.id);
            expect(before.kind === 'confirmed' && t.state.confirmedBy).toBe(
              before.kind === 'confirmed' ? before.confirmedBy : false,
            );
          }
          state = t.state;
        }
      }),
      { numRuns: 500 },
    );
  });
});
