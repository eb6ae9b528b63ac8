// Conversations: idempotent versioned upsert, scoped and text search, results, dashboard stats — on both databases.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  countConversations,
  countConversationsUpTo,
  getConversation,
  listConversations,
  listConversationVersions,
  upsertConversation,
} from './repo/conversations.ts';
import type { ConversationFilter } from './repo/conversations.ts';
import { getLatestResult, listResults, saveResult, saveRulePack } from './repo/results.ts';
import { conversationsPerDay, scoreDistribution } from './repo/stats.ts';
import { conversation, seedOrganisation } from './testing/fixtures.ts';
import { testDrivers, useTestStore } from './testing/test-store.ts';
import type { Store } from './store.ts';

const T1 = { teamId: 'T1', vendorId: 'V1' };
const T2 = { teamId: 'T2', vendorId: 'V1' };
const T3 = { teamId: 'T3', vendorId: 'V2' };

describe.each(await testDrivers())('conversations on $kind', (driver) => {
  const t = useTestStore(driver);

  beforeAll(async () => {
    if (driver.kind === 'postgres' && !driver.available) return;
    await seedOrganisation(t.store());
    await saveRulePack(t.store(), { id: 'default', version: 1, name: '默认规则', body: { rules: [] } });
    await saveRulePack(t.store(), { id: 'default', version: 2, name: '默认规则', body: { rules: [] } });
  });

  it('is idempotent: a replay keeps the version, changed content becomes version 2', async () => {
    const store = t.store();
    const c = conversation('idem-1');
    expect(await upsertConversation(store, c, T1)).toEqual({ status: 'inserted', id: 'idem-1', version: 1 });
    // Same content with keys in another order and a re-parsed copy: still unchanged.
    const { turns, ...rest } = c;
    const replay = JSON.parse(JSON.stringify({ turns, ...rest })) as typeof c;
    expect(await upsertConversation(store, replay, T1)).toEqual({
      status: 'unchanged',
      id: 'idem-1',
      version: 1,
    });
    const changed = { ...c, turns: [...c.turns, { role: 'agent' as const, text: '感谢您的来电，再见' }] };
    expect(await upsertConversation(store, changed, T1)).toEqual({
      status: 'updated',
      id: 'idem-1',
      version: 2,
      previousVersion: 1,
    });
    expect(await upsertConversation(store, changed, T1)).toMatchObject({ status: 'unchanged', version: 2 });
    const versions = await listConversationVersions(store, 'idem-1');
    expect(versions.map((v) => [v.version, v.isLatest])).toEqual([
      [2, true],
      [1, false],
    ]);
    const detail = await getConversation(store, 'idem-1');
    expect(detail?.conversation).toMatchObject({
      version: 2,
      turnCount: 4,
      durationMs: 9000,
      agentId: 'A001',
    });
    expect(detail?.conversation.body.turns[3]?.text).toBe('感谢您的来电，再见');
    expect((await getConversation(store, 'idem-1', 1))?.conversation.turnCount).toBe(3);
  });

  it('never stores two versions when the same new content arrives concurrently', async () => {
    const store = t.store();
    const c = conversation('race-1');
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => upsertConversation(store, c, T1)));
    expect(outcomes.filter((o) => o.status === 'inserted')).toHaveLength(1);
    expect(await listConversationVersions(store, 'race-1')).toHaveLength(1);
  });

  describe('search', () => {
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const find = async (store: Store, f: ConversationFilter) => {
      const rows = await listConversations(store, { ...f, limit: 100, offset: 0 });
      expect(await countConversations(store, f)).toBe(rows.length);
      return ids(rows);
    };

    beforeAll(async () => {
      if (driver.kind === 'postgres' && !driver.available) return;
      const store = t.store();
      const say = (text: string) => [
        { role: 'agent' as const, text: '您好' },
        { role: 'customer' as const, text },
      ];
      await upsertConversation(
        store,
        conversation('s-1', { agentId: 'A001', turns: say('电费涨了50%是怎么回事') }),
        T1,
      );
      await upsertConversation(
        store,
        conversation('s-2', { agentId: 'A002', turns: say('电费涨了50元') }),
        T2,
      );
      await upsertConversation(
        store,
        conversation('s-3', { agentId: 'A003', turns: say('户号是 a_b-9') }),
        T3,
      );
      await upsertConversation(
        store,
        conversation('s-4', { agentId: 'A003', turns: say('户号是 axb-9') }),
        T3,
      );
      await upsertConversation(
        store,
        conversation('s-5', { agentId: 'A001', turns: say('我要办理ＶＩＰ业务') }),
        T1,
      );
      await upsertConversation(
        store,
        conversation('s-6', {
          agentId: 'A002',
          channel: 'chat',
          startedAt: '2026-10-09T10:00:00+08:00',
          turns: say('停电'),
        }),
        T2,
      );
      const hit = (rule: string) => ({ rule, turn: 1, start: 0, end: 2, text: '电费', deduction: 1 });
      const result = (id: string, total: number, hits: ReturnType<typeof hit>[], packVersion = 1) =>
        saveResult(store, {
          conversationId: id,
          conversationVersion: 1,
          packId: 'default',
          packVersion,
          machineScore: total,
          total,
          fatal: total < 60,
          categories: { language: total / 4 },
          hits,
        });
      await result('s-1', 95, []);
      await result('s-2', 72, [hit('forbidden-phrase'), hit('filler-word')]);
      await result('s-3', 55, [hit('forbidden-phrase')]);
      await result('s-4', 88, [hit('missing-closing')]);
      await result('s-5', 100, []);
    });

    it('filters by scope lists; an empty list matches nothing', async () => {
      const store = t.store();
      const base = ['s-1', 's-2', 's-3', 's-4', 's-5', 's-6'];
      const mine = (xs: string[]) => xs.filter((x) => base.includes(x));
      expect(mine(await find(store, { agentIds: ['A001'] }))).toEqual(['s-1', 's-5']);
      expect(mine(await find(store, { teamIds: ['T2', 'T3'] }))).toEqual(['s-2', 's-3', 's-4', 's-6']);
      expect(mine(await find(store, { vendorIds: ['V2'] }))).toEqual(['s-3', 's-4']);
      expect(await find(store, { vendorIds: ['V2'], agentIds: ['A001'] })).toEqual([]);
      expect(await find(store, { agentIds: [] })).toEqual([]);
      expect(await find(store, { teamIds: ['T2'], channel: 'chat' })).toEqual(['s-6']);
    });

    it('finds Chinese substrings, with % and _ taken literally and full-width letters folded', async () => {
      const store = t.store();
      expect(await find(store, { text: '电费涨了' })).toEqual(['s-1', 's-2']);
      expect(await find(store, { text: '50%' })).toEqual(['s-1']);
      expect(await find(store, { text: '%' })).toEqual(['s-1']);
      expect(await find(store, { text: 'a_b' })).toEqual(['s-3']);
      expect(await find(store, { text: '_' })).toEqual(['s-3']);
      expect(await find(store, { text: 'vip' })).toEqual(['s-5']);
      expect(await find(store, { text: 'ＶＩＰ业务' })).toEqual(['s-5']);
      expect(await find(store, { text: '户号是', agentIds: ['A003'] })).toEqual(['s-3', 's-4']);
    });

    it('filters by score range and rule hit of the latest result, and pages', async () => {
      const store = t.store();
      expect(await find(store, { minScore: 80 })).toEqual(['s-1', 's-4', 's-5']);
      expect(await find(store, { minScore: 55, maxScore: 72 })).toEqual(['s-2', 's-3']);
      expect(await find(store, { rule: 'forbidden-phrase' })).toEqual(['s-2', 's-3']);
      expect(await find(store, { rule: 'forbidden-phrase', teamIds: ['T3'] })).toEqual(['s-3']);
      const page = await listConversations(store, { teamIds: ['T1', 'T2', 'T3'], limit: 2, offset: 0 });
      // Newest first: s-6 started a day later than the others.
      expect(page[0]?.id).toBe('s-6');
      expect(page[0]?.result).toBeNull();
      const [s2] = await listConversations(store, { text: '50元', limit: 10, offset: 0 });
      expect(s2?.result).toMatchObject({
        total: 72,
        packVersion: 1,
        ruleIds: ['filler-word', 'forbidden-phrase'],
        hitCount: 2,
      });
    });

    it('counts up to a cap, and pages past an offset in list order', async () => {
      const store = t.store();
      const all = { teamIds: ['T1', 'T2', 'T3'] };
      const n = await countConversations(store, all);
      expect(await countConversationsUpTo(store, all, n)).toEqual({ n, exact: true });
      expect(await countConversationsUpTo(store, all, n - 1)).toEqual({ n: n - 1, exact: false });
      expect(await countConversationsUpTo(store, { ...all, minScore: 80 }, 10)).toEqual({
        n: 3,
        exact: true,
      });
      const whole = await listConversations(store, { ...all, limit: 100, offset: 0 });
      const second = await listConversations(store, { ...all, limit: 2, offset: 2 });
      expect(second.map((c) => c.id)).toEqual(whole.slice(2, 4).map((c) => c.id));
      expect(second.map((c) => c.result)).toEqual(whole.slice(2, 4).map((c) => c.result));
    });

    it('shows the result saved last, and keeps every result', async () => {
      const store = t.store();
      await saveResult(store, {
        conversationId: 's-4',
        conversationVersion: 1,
        packId: 'default',
        packVersion: 2,
        machineScore: 91,
        total: 91,
        fatal: false,
        categories: {},
        hits: [],
      });
      expect((await getLatestResult(store, 's-4'))?.packVersion).toBe(2);
      expect(await listResults(store, 's-4')).toHaveLength(2);
      expect(await find(store, { rule: 'missing-closing' })).toEqual([]);
      const detail = await getConversation(store, 's-4');
      expect(detail?.result).toMatchObject({ total: 91, packVersion: 2, isLatest: true });
    });

    it('distributes latest scores in buckets of 10', async () => {
      const store = t.store();
      const buckets = await scoreDistribution(store, { vendorIds: ['V1', 'V2'] });
      expect(buckets).toHaveLength(10);
      // s-1 95, s-2 72, s-3 55, s-4 91 (re-scored), s-5 100 (counts in 90–100).
      expect(buckets.filter((b) => b.count > 0).map((b) => [b.from, b.count])).toEqual([
        [50, 1],
        [70, 1],
        [90, 3],
      ]);
    });
  });

  it('counts conversations per day of the contact center across Beijing midnight', async () => {
    const store = t.store();
    const at = (id: string, startedAt: string) =>
      upsertConversation(store, conversation(id, { agentId: 'A002', startedAt }), {
        teamId: 'T2',
        vendorId: 'day',
      });
    // 2026-11-01 23:59:59 Beijing is 15:59:59Z on Nov 1; 00:00:00 Beijing on Nov 2 is 16:00:00Z on Nov 1.
    await at('d-1', '2026-11-01T23:59:59+08:00');
    await at('d-2', '2026-11-01T15:59:59Z');
    await at('d-3', '2026-11-02T00:00:00+08:00');
    await at('d-4', '2026-11-01T16:30:00Z');
    await at('d-5', '2026-11-03T08:00:00+08:00');
    const opts = {
      from: new Date('2026-10-31T00:00:00+08:00'),
      to: new Date('2026-11-04T00:00:00+08:00'),
      vendorIds: ['day'],
    };
    expect(await conversationsPerDay(store, { ...opts, timeZone: 'Asia/Shanghai' })).toEqual([
      { day: '2026-10-31', count: 0 },
      { day: '2026-11-01', count: 2 },
      { day: '2026-11-02', count: 2 },
      { day: '2026-11-03', count: 1 },
    ]);
    // The same calls in UTC days: all of d-1..d-4 fall on Nov 1.
    const utc = await conversationsPerDay(store, { ...opts, timeZone: 'UTC' });
    expect(utc.find((d) => d.day === '2026-11-01')?.count).toBe(4);
  });
});
