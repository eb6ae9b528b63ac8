import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../scoring/types.ts';
import { checkDeduction, reviewScore, unjudgedScoringHits } from './recompute.ts';
import type { ReviewHit, RuleCount } from './types.ts';

// A trimmed seed 002 质检标准 scorecard: 专业水平 30 / 服务态度 40 / 服务用语 30.
const card: Scorecard = {
  categories: {
    professional: { name: '专业水平', max: 30 },
    attitude: { name: '服务态度', max: 40 },
    language: { name: '服务用语', max: 30 },
  },
  items: [
    {
      id: 'professional.misjudged',
      name: '事件判断不正确',
      category: 'professional',
      deduction: 2,
      judged: 'manual',
      fatal: false,
      seed: '002',
    },
    {
      id: 'critical.business-error',
      name: '服务关键性错误',
      category: 'professional',
      deduction: 0,
      judged: 'manual',
      fatal: true,
      seed: '004',
    },
    {
      id: 'attitude.unenthusiastic',
      name: '不热情',
      category: 'attitude',
      deduction: 2,
      judged: 'machine',
      fatal: false,
      seed: '002',
    },
    {
      id: 'language.forbidden',
      name: '违禁言语',
      category: 'language',
      deduction: 1,
      judged: 'machine',
      fatal: false,
      seed: '002',
    },
  ],
};
const counts = new Map<string, RuleCount>([
  ['forbidden-phrase', 'each'],
  ['no-empathy', 'once'],
  ['complaint-risk', 'each'],
]);
const hits: ReviewHit[] = [
  { rule: 'forbidden-phrase', item: 'language.forbidden', deduction: 1 },
  { rule: 'forbidden-phrase', item: 'language.forbidden', deduction: 1 },
  { rule: 'no-empathy', item: 'attitude.unenthusiastic', deduction: 2 },
  { rule: 'no-empathy', item: 'attitude.unenthusiastic', deduction: 0 },
  { rule: 'complaint-risk', deduction: 0 },
];
const base = { card, ruleCounts: counts, hits };

describe('reviewScore', () => {
  it('a suggested hit deducts nothing until a reviewer confirms it (docs/rules.md "Learned intents")', () => {
    const withSuggestion: ReviewHit[] = [
      ...hits,
      { rule: 'shirking', item: 'attitude.unenthusiastic', deduction: 0, suggested: true },
    ];
    const counts2 = new Map(counts).set('shirking', 'each');
    const judge = (verdict?: 'confirm' | 'reject') => [
      ...[0, 1, 2, 3, 4].map((hit) => ({ hit, verdict: 'confirm' as const, reason: '' })),
      ...(verdict ? [{ hit: 5, verdict, reason: verdict === 'reject' ? '正常解释' : '' }] : []),
    ];
    const score = (verdict?: 'confirm' | 'reject') =>
      reviewScore({
        card,
        ruleCounts: counts2,
        hits: withSuggestion,
        judgements: judge(verdict),
        deductions: [],
      });
    // The machine never charged it, and an unjudged or rejected suggestion changes nothing …
    expect(score().machine.total).toBe(96);
    expect(score().final.total).toBe(96);
    expect(score('reject').final.total).toBe(96);
    // … while a confirmed one is a deduction like any other (不热情 扣2分/次).
    expect(score('confirm').final.total).toBe(94);
    // It still needs a verdict before the review can be finalized.
    expect(unjudgedScoringHits(withSuggestion, judge())).toEqual([5]);
  });

  it('equals the machine score when every hit is confirmed and nothing is deducted by hand', () => {
    const s = reviewScore({
      ...base,
      judgements: [0, 1, 2, 3, 4].map((hit) => ({ hit, verdict: 'confirm' as const, reason: '' })),
      deductions: [],
    });
    expect(s.machine.total).toBe(100 - 2 - 2);
    expect(s.final.total).toBe(s.machine.total);
    expect(s.reviewed).toBe(true);
  });

  it('drops a rejected hit and adds a manual deduction (事件判断不正确 扣2分/次)', () => {
    const s = reviewScore({
      ...base,
      judgements: [
        { hit: 0, verdict: 'reject', reason: '引用客户原话' },
        { hit: 1, verdict: 'confirm', reason: '' },
        { hit: 2, verdict: 'confirm', reason: '' },
      ],
      deductions: [{ item: 'professional.misjudged', occurrences: 2, reason: '重复询问未判断' }],
    });
    expect(s.final.categories).toEqual({ professional: 26, attitude: 38, language: 29 });
    expect(s.final.total).toBe(93);
    expect(s.machine.total).toBe(96);
  });

  it('keeps a once-per-conversation rule charged while any of its hits stands, and drops it on an upheld appeal', () => {
    const judgements = [{ hit: 2, verdict: 'reject' as const, reason: '已安抚' }];
    expect(reviewScore({ ...base, judgements, deductions: [] }).final.categories.attitude).toBe(38);
    const all = [{ hit: 2, verdict: 'confirm' as const, reason: '' }];
    const appealed = reviewScore({
      ...base,
      judgements: all,
      deductions: [],
      upheld: [{ kind: 'hit', hit: 2 }],
    });
    expect(appealed.final.categories.attitude).toBe(40);
  });

  it('removes a manual deduction whose appeal was upheld; a fatal manual item zeroes the total', () => {
    const deductions = [
      { item: 'professional.misjudged', occurrences: 1, reason: 'x' },
      { item: 'critical.business-error', occurrences: 1, reason: '还款金额答复错误' },
    ];
    const fatal = reviewScore({ ...base, judgements: [], deductions });
    expect(fatal.final.fatal).toBe(true);
    expect(fatal.final.total).toBe(0);
    const upheld = reviewScore({
      ...base,
      judgements: [],
      deductions,
      upheld: [{ kind: 'item', item: 'critical.business-error' }],
    });
    expect(upheld.final.fatal).toBe(false);
    expect(upheld.final.total).toBe(100 - 2 - 2 - 2);
  });

  it('lists the scoring hits still waiting for a verdict (flags are optional)', () => {
    expect(unjudgedScoringHits(hits, [{ hit: 1, verdict: 'confirm', reason: '' }])).toEqual([0, 2, 3]);
  });

  it('accepts manual deductions only on manual items, in whole occurrences', () => {
    expect(() => checkDeduction(card, { item: 'professional.misjudged', occurrences: 1 })).not.toThrow();
    expect(() => checkDeduction(card, { item: 'language.forbidden', occurrences: 1 })).toThrow(/machine/);
    expect(() => checkDeduction(card, { item: 'nope', occurrences: 1 })).toThrow(/Unknown/);
    expect(() => checkDeduction(card, { item: 'professional.misjudged', occurrences: 1.5 })).toThrow();
  });
});
