// The demo organisation spans every tenure stage (seed 004 分阶段培训), so the stage analysis and the stage-based
// training have something to show on a fresh demo.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_SETTINGS, stageOf } from '../coaching/stage.ts';
import { addDays, formatLocalDate, parseLocalDate } from '../time/days.ts';
import { generateDemo } from './generate.ts';

describe('demo agents’ hire and on-line dates', () => {
  it('put agents in every stage the day after the demo window, on-line after hire', () => {
    const end = '2026-10-08';
    const demo = generateDemo({ seed: 20261008, endDate: end, conversations: 10 });
    const today = formatLocalDate(addDays(parseLocalDate(end), 1));
    const stages = demo.agents.map((a) => stageOf(a, today, DEFAULT_STAGE_SETTINGS));
    const count = (s: string) => stages.filter((x) => x === s).length;
    expect(count('new')).toBeGreaterThanOrEqual(1);
    expect(count('early')).toBeGreaterThanOrEqual(2);
    expect(count('middle')).toBeGreaterThanOrEqual(2);
    expect(count('late')).toBeGreaterThanOrEqual(2);
    for (const a of demo.agents) expect(a.onlineOn > a.hiredOn).toBe(true);
  });
});
