import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { machineScore, scoreConversation } from './score.ts';
import type { MachineTally, Scorecard } from './types.ts';

const card: Scorecard = {
  categories: {
    professional: { name: '专业水平', max: 30 },
    attitude: { name: '服务态度', max: 40 },
    language: { name: '服务用语', max: 30 },
  },
  items: [
    {
      id: 'p.manual',
      name: '事件判断不正确',
      category: 'professional',
      judged: 'manual',
      deduction: 2,
      fatal: false,
      seed: '002',
    },
    {
      id: 'p.fatal',
      name: '关键性错误',
      category: 'professional',
      judged: 'manual',
      deduction: 0,
      fatal: true,
      seed: '004',
    },
    {
      id: 'a.hangup',
      name: '挂机',
      category: 'attitude',
      judged: 'machine',
      deduction: 2,
      fatal: false,
      seed: '002',
    },
    {
      id: 'l.forbidden',
      name: '违禁',
      category: 'language',
      judged: 'machine',
      deduction: 1,
      fatal: false,
      seed: '002',
    },
    {
      id: 'l.courtesy',
      name: '开头结束语',
      category: 'language',
      judged: 'machine',
      deduction: 0.5,
      fatal: false,
      seed: '002',
    },
  ],
};

describe('scoreConversation (seed 002 质检标准)', () => {
  it('deducts per occurrence and keeps manual items at full marks until reviewed', () => {
    const s = scoreConversation(card, [
      { item: 'l.forbidden', kind: 'counted', occurrences: 3 },
      { item: 'l.courtesy', kind: 'counted', occurrences: 1 },
    ]);
    expect(s.final).toEqual({
      total: 96.5,
      categories: { professional: 30, attitude: 40, language: 26.5 },
      fatal: false,
    });
    expect(s.items.find((i) => i.item === 'p.manual')?.machine).toEqual({ kind: 'pending' });
    expect(s.reviewed).toBe(false);
  });

  it('floors each category at 0', () => {
    const s = scoreConversation(card, [{ item: 'l.forbidden', kind: 'counted', occurrences: 45 }]);
    expect(s.final.categories.language).toBe(0);
    expect(s.final.total).toBe(70);
  });

  it('N/A items cost nothing', () => {
    expect(scoreConversation(card, [{ item: 'a.hangup', kind: 'na' }]).final.total).toBe(100);
  });

  it('a reviewer deduction moves the final score, not the machine score; a fatal item zeroes the total', () => {
    const s = scoreConversation(
      card,
      [{ item: 'l.forbidden', kind: 'counted', occurrences: 1 }],
      [
        { item: 'p.manual', kind: 'deduct', occurrences: 2 },
        { item: 'l.forbidden', kind: 'pass' },
      ],
    );
    expect(s.machine.total).toBe(99);
    expect(s.final).toEqual({
      total: 96,
      categories: { professional: 26, attitude: 40, language: 30 },
      fatal: false,
    });
    const f = scoreConversation(card, [], [{ item: 'p.fatal', kind: 'deduct', occurrences: 1 }]);
    expect(f.final).toMatchObject({ total: 0, fatal: true });
    expect(f.machine.total).toBe(100);
  });
});

describe('machineScore', () => {
  it('equals the machine part of scoreConversation for any tallies', () => {
    // Plus a machine-judged fatal item, so the fatal path of the machine part is exercised too.
    const full: Scorecard = {
      ...card,
      items: [
        ...card.items,
        {
          id: 'a.fatal',
          name: '辱骂客户',
          category: 'attitude',
          judged: 'machine',
          deduction: 5,
          fatal: true,
          seed: '004',
        },
      ],
    };
    const ids = full.items.map((i) => i.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            item: fc.constantFrom(...ids),
            na: fc.boolean(),
            occurrences: fc.integer({ min: 0, max: 30 }),
          }),
          { maxLength: 8 },
        ),
        (raw) => {
          const tallies: MachineTally[] = raw.map((t) =>
            t.na
              ? { item: t.item, kind: 'na' }
              : { item: t.item, kind: 'counted', occurrences: t.occurrences },
          );
          expect(machineScore(full, tallies)).toEqual(scoreConversation(full, tallies).machine);
        },
      ),
      { numRuns: 300 },
    );
  });
});
