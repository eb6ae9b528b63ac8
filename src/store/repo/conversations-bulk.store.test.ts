// upsertConversationsBulk on both databases: the versioning rules of upsertConversation in one transaction.
import { describe, expect, it } from 'vitest';
import { conversation, seedOrganisation } from '../testing/fixtures.ts';
import { testDrivers, useTestStore } from '../testing/test-store.ts';
import { upsertConversationsBulk } from './conversations-bulk.ts';
import { getConversation, listConversationVersions, upsertConversation } from './conversations.ts';

describe.each(await testDrivers())('bulk conversation upsert on $kind', (driver) => {
  const t = useTestStore(driver);
  const unscoped = { teamId: null, vendorId: null };

  it('inserts, keeps identical content, versions changed content, and applies repeated ids in order', async () => {
    const store = t.store();
    await seedOrganisation(store);
    await upsertConversation(store, conversation('b-1'), { teamId: 'T1', vendorId: 'V1' });
    await upsertConversation(store, conversation('b-2'), { teamId: 'T1', vendorId: 'V1' });
    const changed = conversation('b-2', { meta: { note: '补录' } });
    const outcomes = await store.db.transaction((tx) =>
      upsertConversationsBulk(tx, [
        { conversation: conversation('b-1'), scope: { teamId: 'T1', vendorId: 'V1' } },
        { conversation: changed, scope: { teamId: 'T1', vendorId: 'V1' } },
        { conversation: conversation('b-3'), scope: { teamId: 'T1', vendorId: 'V1' } },
        { conversation: conversation('b-3', { channel: 'chat' }), scope: { teamId: 'T1', vendorId: 'V1' } },
        { conversation: conversation('b-3', { channel: 'chat' }), scope: { teamId: 'T1', vendorId: 'V1' } },
      ]),
    );
    expect(outcomes.map((o) => [o.id, o.status, o.version])).toEqual([
      ['b-1', 'unchanged', 1],
      ['b-2', 'updated', 2],
      ['b-3', 'inserted', 1],
      ['b-3', 'updated', 2],
      ['b-3', 'unchanged', 2],
    ]);
    expect((await listConversationVersions(store, 'b-3')).map((v) => [v.version, v.isLatest])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('fills in the scope of an unscoped conversation when it is replayed once its agent is known', async () => {
    const store = t.store();
    await upsertConversation(store, conversation('b-9', { agentId: 'A002' }), unscoped);
    const [o] = await store.db.transaction((tx) =>
      upsertConversationsBulk(tx, [
        { conversation: conversation('b-9', { agentId: 'A002' }), scope: { teamId: 'T2', vendorId: 'V1' } },
      ]),
    );
    expect(o).toMatchObject({ status: 'unchanged', version: 1 });
    expect((await getConversation(store, 'b-9'))?.conversation).toMatchObject({
      teamId: 'T2',
      vendorId: 'V1',
    });
  });
});
