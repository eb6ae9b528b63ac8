import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISCIPLINE_WINDOW,
  disciplineFinesInMonth,
  disciplineStage,
  onlineStatus,
  type DisciplineIncident,
} from './discipline.ts';

function inc(
  id: string,
  occurredOn: string,
  review: DisciplineIncident['review'] = 'confirmed',
  agentId = 'A001',
) {
  return { id, agentId, occurredOn, review };
}

describe('discipline ladder (seed 000 差错处理)', () => {
  it('climbs 0 → 1 → 2 → 3 with confirmed incidents as of the given day', () => {
    const xs = [
      inc('e1', '2026-03-02'),
      inc('e2', '2026-06-10'),
      inc('e3', '2026-09-01'),
      inc('e4', '2026-09-20'),
    ];
    const w = DEFAULT_DISCIPLINE_WINDOW;
    expect(disciplineStage(xs, w, '2026-03-01')).toEqual({
      stage: 0,
      kind: 'clear',
      count: 0,
      incidentIds: [],
    });
    expect(disciplineStage(xs, w, '2026-03-02')).toMatchObject({ stage: 1, kind: 'demerit-and-interview' });
    expect(disciplineStage(xs, w, '2026-06-10')).toEqual({
      stage: 2,
      kind: 'offline-training-and-fine',
      count: 2,
      incidentIds: ['e1', 'e2'],
      triggeredBy: 'e2',
    });
    expect(disciplineStage(xs, w, '2026-09-01')).toMatchObject({ stage: 3, kind: 'dismissal-recommended' });
    expect(disciplineStage(xs, w, '2026-12-31')).toMatchObject({ stage: 3, count: 4 });
  });

  it('counts only incidents the reviewers confirmed', () => {
    const xs = [
      inc('e1', '2026-03-02', 'pending'),
      inc('e2', '2026-03-05', 'rejected'),
      inc('e3', '2026-04-01'),
    ];
    expect(disciplineStage(xs, DEFAULT_DISCIPLINE_WINDOW, '2026-05-01')).toMatchObject({
      stage: 1,
      incidentIds: ['e3'],
    });
  });

  it('applies the counting window: rolling 12 months (default), calendar year, all time', () => {
    const xs = [inc('e1', '2025-10-15'), inc('e2', '2026-10-20')];
    expect(disciplineStage(xs, DEFAULT_DISCIPLINE_WINDOW, '2026-10-14').stage).toBe(1); // e2 not yet happened
    expect(disciplineStage(xs, DEFAULT_DISCIPLINE_WINDOW, '2026-10-20').stage).toBe(1); // e1 aged out on 2026-10-15
    expect(
      disciplineStage([inc('e1', '2025-10-21'), xs[1]!], DEFAULT_DISCIPLINE_WINDOW, '2026-10-20').stage,
    ).toBe(2);
    expect(disciplineStage(xs, { kind: 'rolling-months', months: 24 }, '2026-10-20').stage).toBe(2);
    expect(disciplineStage(xs, { kind: 'calendar-year' }, '2026-10-20').stage).toBe(1);
    expect(disciplineStage(xs, { kind: 'all-time' }, '2026-10-20').stage).toBe(2);
    expect(() => disciplineStage(xs, { kind: 'rolling-months', months: 0 }, '2026-10-20')).toThrow(
      RangeError,
    );
    expect(() =>
      disciplineStage([...xs, inc('x', '2026-01-01', 'confirmed', 'B')], { kind: 'all-time' }, '2026-10-20'),
    ).toThrow(/several agents/);
  });

  it('fines each agent’s second incident in the month it happened, not the third', () => {
    const xs = [
      inc('e1', '2026-09-03'),
      inc('e2', '2026-10-08'),
      inc('e3', '2026-10-09'),
      inc('b1', '2026-10-02', 'confirmed', 'B002'),
      inc('b2', '2026-10-02', 'confirmed', 'B002'),
      inc('c1', '2026-10-05', 'pending', 'C003'),
      inc('c2', '2026-10-06', 'confirmed', 'C003'),
    ];
    expect(disciplineFinesInMonth(xs, DEFAULT_DISCIPLINE_WINDOW, '2026-10')).toEqual([
      { agentId: 'B002', incidentId: 'b2', occurredOn: '2026-10-02' },
      { agentId: 'A001', incidentId: 'e2', occurredOn: '2026-10-08' },
    ]);
    expect(disciplineFinesInMonth(xs, DEFAULT_DISCIPLINE_WINDOW, '2026-09')).toEqual([]);
  });

  it('keeps a stage-2 agent offline until both the supervisor and the client confirm', () => {
    const stage = disciplineStage(
      [inc('e1', '2026-09-03'), inc('e2', '2026-10-08')],
      DEFAULT_DISCIPLINE_WINDOW,
      '2026-10-10',
    );
    const sup = {
      incidentId: 'e2',
      role: 'supervisor',
      by: '主管王',
      at: '2026-10-12T09:00:00+08:00',
    } as const;
    const cli = {
      incidentId: 'e2',
      role: 'client',
      by: '项目方李',
      at: '2026-10-12T10:00:00+08:00',
    } as const;
    expect(onlineStatus(stage, [])).toEqual({ kind: 'offline-training', awaiting: ['supervisor', 'client'] });
    expect(onlineStatus(stage, [sup])).toEqual({ kind: 'offline-training', awaiting: ['client'] });
    expect(onlineStatus(stage, [sup, { ...cli, incidentId: 'e1' }])).toEqual({
      kind: 'offline-training',
      awaiting: ['client'],
    });
    expect(onlineStatus(stage, [sup, cli])).toEqual({ kind: 'online' });
    const three = disciplineStage(
      [inc('e1', '2026-09-03'), inc('e2', '2026-10-08'), inc('e3', '2026-10-09')],
      { kind: 'all-time' },
      '2026-10-10',
    );
    expect(onlineStatus(three, [sup, cli])).toEqual({ kind: 'dismissal-recommended' });
  });
});
