// The KPI's QA item summed in the database (qaTalliesOfMonth) gives exactly what the same scores give when listed
// and summed in TypeScript (tallyQaScores over qaScoresOfMonth), on PGlite and PostgreSQL: the same calls of the
// month in the center's zone, the latest result of the latest version, and each score rounded to hundredths the way
// src/core/kpi/money.ts does (1.005 → 101, 92.345 → 9235), so KPI points and money do not move with the path.
import { describe, expect, it } from 'vitest';
import { tallyQaScores } from '../core/kpi/index.ts';
import {
  qaScoresOfMonth,
  qaTalliesOfMonth,
  saveResult,
  saveRulePack,
  upsertConversation,
} from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';

const TZ = 'Asia/Shanghai';
const MONTH = '2026-10';

describe.each(await testDrivers())('QA tallies of a month on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;

  it.skipIf(skip)('equal the listed scores summed, and report a score outside 0–100', async () => {
    const store = t.store();
    await seedOrganisation(store);
    await saveRulePack(store, { id: 'default', version: 1, name: '默认', body: {} });
    const calls: [string, string, string, number][] = [
      // agent, id, local start, total
      ['A001', 'c-1', '2026-10-01T00:10:00+08:00', 1.005], // 30 September in UTC: October here
      ['A001', 'c-2', '2026-10-15T10:00:00+08:00', 92.345],
      ['A001', 'c-3', '2026-10-31T23:59:00+08:00', 0.125],
      ['A001', 'c-4', '2026-11-01T00:00:00+08:00', 50], // November
      ['A001', 'c-5', '2026-09-30T23:59:59+08:00', 70], // September
      ['A002', 'c-6', '2026-10-03T09:00:00+08:00', 100],
      ['A002', 'c-7', '2026-10-03T09:05:00+08:00', 99.995],
      ['A002', 'c-8', '2026-10-03T09:10:00+08:00', 1 / 3],
      ['A002', 'c-9', '2026-10-03T09:15:00+08:00', 0],
    ];
    for (const [agentId, id, startedAt, total] of calls) {
      await upsertConversation(store, conversation(id, { agentId, startedAt }), {
        teamId: 'T1',
        vendorId: 'V1',
      });
      await saveResult(store, {
        conversationId: id,
        conversationVersion: 1,
        packId: 'default',
        packVersion: 1,
        machineScore: total,
        total,
        fatal: false,
        categories: {},
        hits: [],
      });
    }
    const filter = { agentIds: ['A001', 'A002', 'A003'], month: MONTH, timeZone: TZ };
    const listed = await qaScoresOfMonth(store, filter);
    const byAgent = new Map<string, number[]>();
    for (const q of listed) byAgent.set(q.agentId, [...(byAgent.get(q.agentId) ?? []), q.total]);
    const expected = [...byAgent].map(([agentId, scores]) => ({
      agentId,
      ...tallyQaScores(scores, agentId),
    }));
    const tallies = await qaTalliesOfMonth(store, filter);
    expect(tallies).toEqual(expected);
    expect(tallies).toEqual([
      { agentId: 'A001', count: 3, sumHundredths: 101 + 9_235 + 13 },
      { agentId: 'A002', count: 4, sumHundredths: 10_000 + 10_000 + 33 + 0 },
    ]);

    // A reviewed total outside the scale is an input error on both paths, never a silently summed number.
    await store.sql(`update results set total = 120 where conversation_id = 'c-9'`);
    await expect(qaTalliesOfMonth(store, filter)).rejects.toThrow(/A002 out of 0–100: 120/);
  });
});
