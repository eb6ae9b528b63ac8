// Retention on both databases: conversations older than the cut-off lose their content (anonymise) or go (delete);
// scores, the audit log and recent conversations stay; a second run finds nothing; each run is audited.
import { describe, expect, it } from 'vitest';
import { resultsFor } from '../packs/score-bulk.ts';
import { ensureDefaultPack, packRevision, publishedPack } from '../qa/packs.ts';
import { encodeWav } from '../core/audio/wav.ts';
import { insertRecording, listAudit, saveResults, upsertConversation, type Store } from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { applyRetention, retentionCutoff } from './retention.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

async function seed(store: Store, prefix: string): Promise<void> {
  await seedOrganisation(store, prefix);
  await ensureDefaultPack(store, NOW);
  const ids: string[] = [];
  for (const [id, startedAt] of [
    [`${prefix}old-1`, '2025-03-02T10:00:00+08:00'],
    [`${prefix}old-2`, '2025-09-30T23:00:00+08:00'],
    [`${prefix}new-1`, '2026-10-08T09:30:00+08:00'],
  ] as const) {
    ids.push(id);
    await upsertConversation(
      store,
      conversation(id, {
        agentId: `${prefix}A001`,
        startedAt,
        turns: [
          { role: 'agent', text: '您好，请问有什么可以帮您', startMs: 0, endMs: 2000 },
          { role: 'customer', text: '我的手机号是13812345678，你们真垃圾', startMs: 2100, endMs: 6000 },
        ],
        meta: { audioUrl: 'https://recordings.example/a.wav', caller: '13812345678' },
      }),
      { teamId: `${prefix}T1`, vendorId: `${prefix}V1` },
    );
    await insertRecording(store, {
      id: `rec-${id}`,
      conversationId: id,
      fileName: `${id}.wav`,
      contentType: 'audio/wav',
      sizeBytes: 44,
      sampleRate: 8000,
      channels: 1,
      durationMs: 0,
      createdAt: NOW,
      updatedAt: NOW,
      audio: encodeWav(8000, [new Float32Array(0)]),
    });
  }
  const pack = (await publishedPack(store))!;
  await saveResults(store, await resultsFor(store, ids, pack, packRevision(pack.version)), NOW);
}

describe('retentionCutoff', () => {
  it('goes back calendar months, clamping the day', () => {
    expect(retentionCutoff(new Date('2026-10-20T04:00:00Z'), 12).toISOString()).toBe(
      '2025-10-20T04:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
  });
});

describe.each(await testDrivers())('retention on $kind', (driver) => {
  const t = useTestStore(driver);

  it('anonymises old conversations, keeping their scores, and audits the run', async () => {
    const store = t.store();
    await seed(store, 'an-');
    const totals = async () =>
      (
        await store.sql<{ id: string; total: number }>(
          `select conversation_id as id, total from results where conversation_id like 'an-%' order by 1`,
        )
      ).rows;
    const before = await totals();

    const r = await applyRetention(store, { months: 12, mode: 'anonymise' }, NOW);
    expect(r).toMatchObject({ mode: 'anonymise', conversations: 2, versions: 2 });

    const { rows } = await store.sql<{
      id: string;
      body: { turns: { text: string; role: string }[]; meta: object };
      search_text: string;
    }>(`select id, body, search_text from conversations where id like 'an-%' order by id`);
    const [n1, o1, o2] = rows;
    for (const old of [o1!, o2!]) {
      expect(old.body.turns.map((x) => [x.role, x.text])).toEqual([
        ['agent', ''],
        ['customer', ''],
      ]);
      expect(old.body.meta).toEqual({ anonymisedAt: NOW.toISOString() });
      expect(old.search_text).toBe('');
    }
    expect(n1!.body.turns[1]!.text).toContain('13812345678');
    const hits = await store.sql<{ h: string }>(
      `select hits::text as h from results where conversation_id in ('an-old-1', 'an-old-2')`,
    );
    for (const h of hits.rows) expect(h.h).not.toContain('13812345678');
    expect(await totals()).toEqual(before);
    // the voice goes with the words
    const recs = await store.sql<{ id: string }>(`select conversation_id as id from recordings order by 1`);
    expect(recs.rows.map((x) => x.id)).toEqual(['an-new-1']);

    const audit = await listAudit(store, { entity: 'conversations' });
    expect(audit.map((a) => a.action)).toContain('retention.anonymise');
    // nothing left to do on a second run, and no empty audit entry
    expect(await applyRetention(store, { months: 12, mode: 'anonymise' }, NOW)).toMatchObject({
      versions: 0,
    });
    expect((await listAudit(store, { entity: 'conversations' })).length).toBe(audit.length);
  });

  it('deletes old conversations with their results, keeping recent ones and the audit log', async () => {
    const store = t.store();
    await seed(store, 'de-');
    const r = await applyRetention(store, { months: 12, mode: 'delete' }, NOW);
    // the suite's database still holds the two old conversations anonymised above: they go as well
    expect(r).toMatchObject({ mode: 'delete', conversations: 4 });
    const left = await store.sql<{ id: string }>(`select id from conversations order by id`);
    expect(left.rows.map((x) => x.id)).toEqual(['an-new-1', 'de-new-1']);
    const results = await store.sql<{ id: string }>(
      `select conversation_id as id from results where conversation_id like 'de-%'`,
    );
    expect(results.rows.map((x) => x.id)).toEqual(['de-new-1']);
    const recs = await store.sql<{ id: string }>(`select conversation_id as id from recordings order by 1`);
    expect(recs.rows.map((x) => x.id)).toEqual(['an-new-1', 'de-new-1']);
    expect((await listAudit(store, { entity: 'conversations' })).map((a) => a.action)).toContain(
      'retention.delete',
    );
  });
});
