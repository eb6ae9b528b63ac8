// The dashboard overview from per-day tallies equals the overview read from the calls, on PGlite and PostgreSQL:
// for periods aligned to days and not, scoped to an agent, a team, a vendor, a channel or to nothing, and again
// after each kind of write the tallies must notice (a new conversation version, a re-score, a reviewed total, a
// deleted call): the triggers of drizzle/0010_overview_rollup.sql mark the day and the next read rebuilds it.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/random/random.ts';
import { conversation, seedOrganisation } from '../testing/fixtures.ts';
import { testDrivers, useTestStore } from '../testing/test-store.ts';
import type { Store } from '../store.ts';
import { upsertConversation } from './conversations.ts';
import type { ConversationFilter } from './conversation-filter.ts';
import { topRules, totalsByAll } from './dashboard.ts';
import { planOverview, rebuildRecentOverviewDays, wholeUtcDays } from './overview-rollup.ts';
import { saveResult, saveRulePack } from './results.ts';

const AGENTS = [
  ['A001', 'T1', 'V1'],
  ['A002', 'T2', 'V1'],
  ['A003', 'T3', 'V2'],
] as const;
const RULES = ['forbidden-phrase', 'filler-word', 'no-empathy', 'agent-hangup'];

/** Both answers for a filter: from the tallies (with a plan) and from the calls alone. */
async function both(store: Store, f: ConversationFilter) {
  const plan = await planOverview(store, f);
  return {
    plan,
    tallied: { rules: await topRules(store, f, 50, plan), totals: await totalsByAll(store, f, plan) },
    direct: { rules: await topRules(store, f, 50), totals: await totalsByAll(store, f) },
  };
}

describe.each(await testDrivers())('overview tallies on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;

  it.skipIf(skip)('answer as the calls do, before and after every kind of write', async () => {
    const store = t.store();
    await seedOrganisation(store);
    await saveRulePack(store, { id: 'default', version: 1, name: '默认', body: {} });
    await saveRulePack(store, { id: 'default', version: 2, name: '默认', body: {} });
    const r = createRng(7);
    const rng = (): number => r.next();
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    // 60 calls over four local days (Asia/Shanghai: each local day spans two UTC dates).
    for (let i = 0; i < 60; i++) {
      const [agentId, teamId, vendorId] = pick(AGENTS);
      const startedAt = new Date(
        Date.UTC(2026, 9, 1, 0, 0) + Math.floor(rng() * 4 * 86_400_000),
      ).toISOString();
      const id = `c-${i}`;
      await upsertConversation(
        store,
        conversation(id, { agentId, startedAt, channel: rng() < 0.3 ? 'chat' : 'voice' }),
        { teamId, vendorId },
      );
      if (i % 7 === 6) continue; // left unscored
      const hits = Array.from({ length: Math.floor(rng() * 4) }, () => {
        const rule = pick(RULES);
        return { rule, turn: 0, deduction: rule === 'agent-hangup' ? 2 : rng() < 0.5 ? 1 : 0.5 };
      });
      const total = 100 - hits.reduce((s, h) => s + h.deduction, 0) - (i % 5 === 0 ? 0.35 : 0);
      await saveResult(store, {
        conversationId: id,
        conversationVersion: 1,
        packId: 'default',
        packVersion: 1,
        machineScore: total,
        total,
        fatal: i % 11 === 0,
        categories: {},
        hits,
      });
    }
    const filters: ConversationFilter[] = [
      { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-10-05T00:00:00Z') },
      { from: new Date('2026-09-30T17:30:00Z'), to: new Date('2026-10-04T09:15:00Z') },
      { from: new Date('2026-10-01T12:00:00Z'), to: new Date('2026-10-02T11:00:00Z') }, // no whole day
      { from: new Date('2026-09-30T00:00:00Z'), to: new Date('2026-10-06T00:00:00Z'), agentIds: ['A002'] },
      { from: new Date('2026-09-30T00:00:00Z'), to: new Date('2026-10-06T00:00:00Z'), teamIds: ['T1', 'T3'] },
      { from: new Date('2026-09-30T06:00:00Z'), to: new Date('2026-10-06T00:00:00Z'), vendorIds: ['V1'] },
      { from: new Date('2026-09-30T06:00:00Z'), to: new Date('2026-10-06T00:00:00Z'), channel: 'chat' },
      { from: new Date('2026-09-30T00:00:00Z'), to: new Date('2026-10-06T00:00:00Z'), agentIds: [] },
    ];
    const check = async (when: string) => {
      for (const f of filters) {
        const r = await both(store, f);
        expect(r.tallied, `${when}: ${JSON.stringify(f)}`).toEqual(r.direct);
      }
    };
    const first = await both(store, filters[0]!);
    expect(first.plan?.days).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(first.plan?.ranges).toEqual([]);
    expect(first.direct.totals.calls).toBe(60);
    expect(first.direct.rules.length).toBeGreaterThan(0);
    await check('built');
    const built = await store.sql<{ n: number }>('select count(*)::int as n from overview_changes');
    expect(built.rows[0]!.n).toBe(0); // every mark of the days read was consumed

    // A new version of a call, moved to another agent and day.
    await upsertConversation(
      store,
      conversation('c-1', { agentId: 'A003', startedAt: '2026-10-03T20:00:00Z', channel: 'voice' }),
      { teamId: 'T3', vendorId: 'V2' },
    );
    const marked = await store.sql<{ n: number }>('select count(*)::int as n from overview_changes');
    expect(marked.rows[0]!.n).toBeGreaterThan(0);
    // Without time to rebuild, the marked days are read from the calls: the same answer.
    const hurried = await planOverview(store, filters[0]!, 0);
    expect(hurried?.days.length).toBeLessThan(4);
    expect(hurried?.ranges.length).toBeGreaterThan(0);
    const fromCalls = {
      rules: await topRules(store, filters[0]!, 50),
      totals: await totalsByAll(store, filters[0]!),
    };
    expect({
      rules: await topRules(store, filters[0]!, 50, hurried),
      totals: await totalsByAll(store, filters[0]!, hurried),
    }).toEqual(fromCalls);
    await check('after a new version');

    // A re-score under pack version 2 with other hits; a reviewed total; a deleted call.
    await saveResult(store, {
      conversationId: 'c-2',
      conversationVersion: 1,
      packId: 'default',
      packVersion: 2,
      machineScore: 88,
      total: 88,
      fatal: true,
      categories: {},
      hits: [{ rule: 'insult', turn: 0, deduction: 2 }],
    });
    await check('after a re-score');
    await store.sql(`update results set total = 61.25 where conversation_id = 'c-3' and is_latest`);
    await check('after a review');
    await store.sql(`delete from conversations where id = 'c-4'`);
    await check('after a deletion');
    // The scheduled job rebuilds what writes marked, within the last 92 days of `now`.
    await store.sql(`update results set total = 70 where conversation_id = 'c-5' and is_latest`);
    expect(await rebuildRecentOverviewDays(store, new Date('2026-10-06T08:00:00Z'), 60_000)).toBe(92);
    const left = await store.sql<{ n: number }>('select count(*)::int as n from overview_changes');
    expect(left.rows[0]!.n).toBe(0);
    expect(wholeUtcDays(new Date('2026-10-01T00:00:00Z'), new Date('2026-10-01T23:59:59Z'))).toEqual([]);
  });
});
