// signals.satisfaction is kept with the stored result, by the single save and the bulk (scoring job) path alike.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { results } from '../schema/index.ts';
import { testDrivers, useTestStore } from '../testing/test-store.ts';
import { conversation, seedOrganisation } from '../testing/fixtures.ts';
import { upsertConversation } from './conversations.ts';
import { saveResults } from './rescore.ts';
import { saveResult, saveRulePack } from './results.ts';
import type { NewResult } from './results.ts';

const base = (id: string, satisfaction?: number): NewResult => ({
  conversationId: id,
  conversationVersion: 1,
  packId: 'default',
  packVersion: 1,
  machineScore: 98,
  total: 98,
  fatal: false,
  categories: { professional: 30, attitude: 38, language: 30 },
  hits: [],
  ...(satisfaction === undefined ? {} : { satisfaction }),
});

describe.each(await testDrivers())('result signals on $kind', (driver) => {
  const t = useTestStore(driver);

  it('stores the predicted satisfaction on both save paths, and null when absent', async () => {
    const store = t.store();
    await seedOrganisation(store);
    await saveRulePack(store, { id: 'default', version: 1, name: '默认规则', body: { rules: [] } });
    for (const id of ['c-single', 'c-bulk', 'c-old'])
      await upsertConversation(store, conversation(id), { teamId: 'T1', vendorId: 'V1' });
    await saveResult(store, base('c-single', -1.25));
    await saveResults(store, [base('c-bulk', 0.5), base('c-old')], new Date());
    const read = async (id: string) =>
      (await store.db.select().from(results).where(eq(results.conversationId, id)))[0]?.satisfaction;
    expect(await read('c-single')).toBe(-1.25);
    expect(await read('c-bulk')).toBe(0.5);
    expect(await read('c-old')).toBeNull();
  });
});
