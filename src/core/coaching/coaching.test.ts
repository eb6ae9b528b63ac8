import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAGE_SETTINGS as S,
  ideaMoveProblem,
  stageOf,
  stageReport,
  suggestCandidates,
  type CandidateInput,
} from './index.ts';

describe('tenure stage (seed 004 上线初期、中期、后期)', () => {
  it('is new before going on line, then early / middle / late by days on line', () => {
    expect(stageOf({ hiredOn: '2026-03-01', onlineOn: null }, '2026-03-05', S)).toBe('new');
    expect(stageOf({ hiredOn: '2026-03-01', onlineOn: null }, '2026-03-08', S)).toBe('early');
    expect(stageOf({ hiredOn: '2026-03-01', onlineOn: '2026-03-20' }, '2026-03-10', S)).toBe('new');
    expect(stageOf({ hiredOn: '2025-01-01', onlineOn: '2025-01-10' }, '2025-06-01', S)).toBe('middle');
    expect(stageOf({ hiredOn: '2020-01-01', onlineOn: null }, '2026-01-01', S)).toBe('late');
    expect(stageOf({ hiredOn: null, onlineOn: null }, '2026-01-01', S)).toBeNull();
  });

  it('summarises each stage and marks its typical failures', () => {
    const row = (agentId: string, hiredOn: string, ruleHits: Record<string, number>) => ({
      agentId,
      name: agentId,
      teamId: 'T',
      hiredOn,
      onlineOn: null,
      conversations: 10,
      scoreSum: 900,
      scored: 10,
      ruleHits,
      complaints: 1,
      kpiPoints: 100,
    });
    const r = stageReport(
      [
        row('A', '2026-05-25', { 'forbidden-phrase': 3 }),
        row('B', '2020-01-01', { 'complaint-risk': 2, filler: 5 }),
      ],
      '2026-06-01',
      S,
      () => undefined,
    );
    const early = r.stages.find((s) => s.stage === 'early')!;
    expect(early).toMatchObject({ agents: 1, meanScore: 90, hitsPer100: 30, complaints: 1 });
    expect(early.topRules[0]).toEqual({ ruleId: 'forbidden-phrase', hits: 3, per100: 30, typical: true });
    const late = r.stages.find((s) => s.stage === 'late')!;
    expect(late.topRules.map((x) => [x.ruleId, x.typical])).toEqual([
      ['filler', false],
      ['complaint-risk', true],
    ]);
    expect(r.stages.find((s) => s.stage === 'middle')).toMatchObject({ agents: 0, meanScore: null });
  });
});

describe('suggestion box moves (seed 001 金点子)', () => {
  it('moves forward only, decisions need a reason, rewards only on adoption', () => {
    expect(ideaMoveProblem('received', 'evaluating', {})).toBeNull();
    expect(ideaMoveProblem('evaluating', 'adopted', { reason: '已推广', rewardFen: 5000 })).toBeNull();
    expect(ideaMoveProblem('evaluating', 'adopted', {})).toMatch(/reason/);
    expect(ideaMoveProblem('adopted', 'declined', { reason: 'x' })).toMatch(/cannot move/);
    expect(ideaMoveProblem('received', 'declined', { reason: 'x', rewardFen: 100 })).toMatch(
      /Only an adopted/,
    );
    expect(ideaMoveProblem('received', 'adopted', { reason: 'x', rewardFen: 1.5 })).toMatch(/whole number/);
  });
});

describe('case candidates (seed 004 优秀、问题及对比)', () => {
  const c = (id: string, total: number, extra: Partial<CandidateInput> = {}): CandidateInput => ({
    conversationId: id,
    agentId: 'A',
    topic: '账单查询',
    total,
    fatal: false,
    complaintLinked: false,
    customerText: '',
    ...extra,
  });
  it('suggests problem, excellent and contrast cases and skips what is in the library', () => {
    const got = suggestCandidates(
      [
        c('c1', 40, { fatal: true }),
        c('c2', 98, { customerText: '好的，谢谢你' }),
        c('c3', 97),
        c('c4', 80, { complaintLinked: true, topic: null }),
        c('c5', 99, { customerText: '谢谢' }),
      ],
      new Set(['c5']),
    );
    expect(got).toEqual([
      { kind: 'problem', conversationIds: ['c1'], topic: '账单查询', reason: 'fatal' },
      { kind: 'excellent', conversationIds: ['c2'], topic: '账单查询', reason: 'top_score_thanks' },
      { kind: 'contrast', conversationIds: ['c2', 'c1'], topic: '账单查询', reason: 'same_topic_best_worst' },
      { kind: 'problem', conversationIds: ['c4'], topic: null, reason: 'complaint' },
    ]);
  });
});
