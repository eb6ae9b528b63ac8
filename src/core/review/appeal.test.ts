import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { checkAppeal, checkDecision, type AppealableReview } from './appeal.ts';

const review: AppealableReview = {
  status: 'finalized',
  agentId: 'A001',
  appealDeadline: new Date('2026-10-22T00:00:00+08:00'),
  hits: [
    { rule: 'forbidden-phrase', item: 'language.forbidden', deduction: 1 },
    { rule: 'forbidden-phrase', item: 'language.forbidden', deduction: 1 },
    { rule: 'complaint-risk', deduction: 0 },
  ],
  judgements: [
    { hit: 0, verdict: 'confirm', reason: '' },
    { hit: 1, verdict: 'reject', reason: '引用' },
    { hit: 2, verdict: 'confirm', reason: '' },
  ],
  deductions: [{ item: 'professional.misjudged', occurrences: 1, reason: '重复询问' }],
  appealed: new Set(['item:professional.misjudged']),
};
const agent = { role: 'agent' as const, agentId: 'A001' };
const before = new Date('2026-10-21T23:59:00+08:00');

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
  return undefined;
}

describe('checkAppeal', () => {
  it('lets the owner appeal a confirmed deducting hit before the deadline', () => {
    expect(checkAppeal(review, agent, { kind: 'hit', hit: 0 }, before)).toEqual({
      rule: 'forbidden-phrase',
      item: 'language.forbidden',
    });
  });

  it('answers DEADLINE_PASSED at and after the deadline', () => {
    expect(
      code(() => checkAppeal(review, agent, { kind: 'hit', hit: 0 }, new Date('2026-10-22T00:00:00+08:00'))),
    ).toBe('DEADLINE_PASSED');
  });

  it('refuses other agents and other roles as if the review did not exist', () => {
    expect(
      code(() => checkAppeal(review, { role: 'agent', agentId: 'A002' }, { kind: 'hit', hit: 0 }, before)),
    ).toBe('NOT_FOUND');
    expect(
      code(() =>
        checkAppeal(review, { role: 'team_leader', agentId: null }, { kind: 'hit', hit: 0 }, before),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses a second appeal on the same target, rejected hits, flags and unknown targets', () => {
    expect(
      code(() => checkAppeal(review, agent, { kind: 'item', item: 'professional.misjudged' }, before)),
    ).toBe('CONFLICT');
    expect(code(() => checkAppeal(review, agent, { kind: 'hit', hit: 1 }, before))).toBe('BAD_INPUT');
    expect(code(() => checkAppeal(review, agent, { kind: 'hit', hit: 2 }, before))).toBe('BAD_INPUT');
    expect(code(() => checkAppeal(review, agent, { kind: 'hit', hit: 9 }, before))).toBe('BAD_INPUT');
    expect(code(() => checkAppeal(review, agent, { kind: 'item', item: 'attitude.abuse' }, before))).toBe(
      'BAD_INPUT',
    );
  });

  it('refuses reviews that are not final', () => {
    expect(
      code(() => checkAppeal({ ...review, status: 'open' }, agent, { kind: 'hit', hit: 0 }, before)),
    ).toBe('CONFLICT');
  });
});

describe('checkDecision', () => {
  const open = { status: 'open' as const, teamId: 'T1' };
  it('lets a QA lead or the team’s own leader decide once', () => {
    expect(() => checkDecision(open, { role: 'qa_lead', teamId: null })).not.toThrow();
    expect(() => checkDecision(open, { role: 'team_leader', teamId: 'T1' })).not.toThrow();
    expect(code(() => checkDecision(open, { role: 'team_leader', teamId: 'T2' }))).toBe('NOT_FOUND');
    expect(code(() => checkDecision(open, { role: 'qa_inspector', teamId: null }))).toBe('FORBIDDEN');
    expect(code(() => checkDecision({ ...open, status: 'upheld' }, { role: 'qa_lead', teamId: null }))).toBe(
      'LOCKED',
    );
  });
});
