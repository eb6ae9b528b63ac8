import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compositeScore,
  evaluateBranches,
  isRecomplained,
  scoreBand,
  type EvaluatedOrder,
} from './branch-evaluation.ts';

const order = (over: Partial<EvaluatedOrder> & { id: string; branchId: string }): EvaluatedOrder => ({
  replied: true,
  resolved: true,
  replyLate: false,
  resolveLate: false,
  bounceBacks: 0,
  redos: 0,
  resolvedOn: '2026-10-10',
  satisfied: null,
  complaint: null,
  ...over,
});

const BRANCHES = [
  { id: 'n', name: '北区' },
  { id: 's', name: '南区' },
  { id: 'e', name: '东区' },
];

describe('evaluateBranches', () => {
  it('counts each figure per branch and lists the orders behind it', () => {
    const rows = evaluateBranches(BRANCHES, [
      order({ id: 'n1', branchId: 'n', satisfied: true }),
      order({ id: 'n2', branchId: 'n', replyLate: true, resolveLate: true, bounceBacks: 2 }),
      // still open, inside its budget: counts neither way
      order({ id: 'n3', branchId: 'n', replied: false, resolved: false, resolvedOn: null }),
      // open and already late to resolve
      order({ id: 'n4', branchId: 'n', resolved: false, resolvedOn: null, resolveLate: true, redos: 1 }),
      order({ id: 's1', branchId: 's', satisfied: false }),
    ]);
    const n = rows.find((r) => r.branchId === 'n')!;
    expect(n).toMatchObject({
      volume: 4,
      replyDecided: 3,
      replyOnTime: 2,
      resolveDecided: 3,
      resolveOnTime: 1,
      bounceBacks: 2,
      redos: 1,
      rated: 1,
      satisfiedCount: 1,
      complaintOrders: 0,
      recomplaintRate: null,
    });
    expect(n.onTimeReplyRate).toBeCloseTo(2 / 3);
    expect(n.onTimeResolveRate).toBeCloseTo(1 / 3);
    expect(n.orders).toEqual({
      lateReply: ['n2'],
      lateResolve: ['n2', 'n4'],
      bounced: ['n2'],
      redone: ['n4'],
      recomplained: [],
      unsatisfied: [],
    });
    const s = rows.find((r) => r.branchId === 's')!;
    expect(s.orders.unsatisfied).toEqual(['s1']);
    expect(s.satisfactionRate).toBe(0);
  });

  it('ranks by score; a branch without orders stays unranked at the bottom', () => {
    const rows = evaluateBranches(BRANCHES, [
      order({ id: 'n1', branchId: 'n', replyLate: true }),
      order({ id: 's1', branchId: 's' }),
    ]);
    expect(rows.map((r) => [r.branchId, r.rank])).toEqual([
      ['s', 1],
      ['n', 2],
      ['e', null],
    ]);
    expect(rows[0]!.score).toBe(100);
    expect(rows[2]!.score).toBeNull();
  });

  it('ignores orders of branches outside the table', () => {
    const rows = evaluateBranches([BRANCHES[0]!], [order({ id: 'x', branchId: 'elsewhere' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.volume).toBe(0);
  });
});

describe('isRecomplained', () => {
  const c = (laterComplaintDays: string[], resolvedOn: string | null) =>
    order({
      id: 'o',
      branchId: 'n',
      resolvedOn,
      complaint: { id: 'c1', receivedOn: '2026-10-01', laterComplaintDays },
    });
  it('counts a complaint again before closure or within the window after it', () => {
    expect(isRecomplained(c(['2026-10-05'], '2026-10-10'))).toBe(true);
    expect(isRecomplained(c(['2026-11-09'], '2026-10-10'), 30)).toBe(true);
    expect(isRecomplained(c(['2026-11-10'], '2026-10-10'), 30)).toBe(false);
    expect(isRecomplained(c(['2026-11-10'], '2026-10-10'), 31)).toBe(true);
    // still open: any later complaint counts
    expect(isRecomplained(c(['2027-03-01'], null))).toBe(true);
    // an earlier complaint of the same caller is not a re-complaint
    expect(isRecomplained(c(['2026-09-20'], '2026-10-10'))).toBe(false);
    expect(isRecomplained(order({ id: 'p', branchId: 'n' }))).toBe(false);
  });
});

describe('compositeScore and bands', () => {
  it('renormalises over the rates present', () => {
    const none = {
      onTimeReplyRate: null,
      onTimeResolveRate: null,
      cleanRate: null,
      recomplaintRate: null,
      satisfactionRate: null,
    };
    expect(compositeScore(none)).toBeNull();
    expect(compositeScore({ ...none, onTimeReplyRate: 0.5 })).toBe(50);
    // reply 1.0 (20) + resolve 0.5 (30) = 35/50
    expect(compositeScore({ ...none, onTimeReplyRate: 1, onTimeResolveRate: 0.5 })).toBe(70);
    expect(compositeScore({ ...none, recomplaintRate: 1 })).toBe(0);
  });
  it('bands', () => {
    expect([scoreBand(95), scoreBand(80), scoreBand(10), scoreBand(null)]).toEqual([
      'good',
      'fair',
      'poor',
      'none',
    ]);
  });
});

const arbOrder = fc.record({
  id: fc.uuid(),
  branchId: fc.constantFrom('n', 's', 'e'),
  replied: fc.boolean(),
  resolved: fc.boolean(),
  replyLate: fc.boolean(),
  resolveLate: fc.boolean(),
  bounceBacks: fc.nat(3),
  redos: fc.nat(3),
  resolvedOn: fc.constantFrom(null, '2026-10-05', '2026-10-28'),
  satisfied: fc.constantFrom(null, true, false),
  complaint: fc.option(
    fc.record({
      id: fc.constant('c'),
      receivedOn: fc.constantFrom('2026-10-01', '2026-10-15'),
      laterComplaintDays: fc.array(fc.constantFrom('2026-09-30', '2026-10-20', '2026-12-20'), {
        maxLength: 2,
      }),
    }),
  ),
});

describe('evaluateBranches properties', () => {
  it('rates stay in [0,1], scores in [0,100], volumes add up, order of input does not matter', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbOrder, { selector: (o) => o.id, maxLength: 40 }), (orders) => {
        const rows = evaluateBranches(BRANCHES, orders);
        expect(rows.reduce((n, r) => n + r.volume, 0)).toBe(orders.length);
        for (const r of rows) {
          for (const v of [r.onTimeReplyRate, r.onTimeResolveRate, r.recomplaintRate, r.satisfactionRate])
            if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
          if (r.score !== null) expect(r.score >= 0 && r.score <= 100).toBe(true);
          expect(r.orders.lateReply.length).toBeLessThanOrEqual(r.volume);
        }
        const ranked = rows.filter((r) => r.rank !== null);
        for (let i = 1; i < ranked.length; i++)
          expect(ranked[i - 1]!.score!).toBeGreaterThanOrEqual(ranked[i]!.score!);
        expect(evaluateBranches(BRANCHES, [...orders].reverse())).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  it('answering a late order in time never lowers its branch score', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbOrder, { selector: (o) => o.id, minLength: 1, maxLength: 20 }),
        fc.nat(),
        (orders, pick) => {
          const i = pick % orders.length;
          const late = { ...orders[i]!, replied: true, replyLate: true, resolved: true, resolveLate: true };
          const fixed = { ...late, replyLate: false, resolveLate: false };
          const score = (o: EvaluatedOrder) =>
            evaluateBranches(
              BRANCHES,
              orders.map((x, j) => (j === i ? o : x)),
            ).find((r) => r.branchId === o.branchId)!.score!;
          expect(score(fixed)).toBeGreaterThanOrEqual(score(late));
        },
      ),
      { numRuns: 200 },
    );
  });
});
