// Background re-score workers on both databases: chunks are claimed before they are evaluated, so several
// workers on one run never evaluate or save a chunk twice; a claim past its lease (a dead worker) is taken over;
// a failed worker hands its claims back.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultPack } from '../qa/packs.ts';
import {
  claimRescoreChunk,
  createRescoreRun,
  finishRescoreIfComplete,
  getRescoreRun,
  publishedRevision,
  releaseRescoreChunks,
  upsertConversationsBulk,
} from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { seedUsers } from '../http/testing/test-app.ts';
import { previewImpact } from './preview.ts';
import { CLAIM_LEASE_MS, planRescore, workRescoreRun } from './rescore.ts';
import { compiledVersion } from './versions.ts';

const NOW = new Date('2026-10-20T04:00:00Z');
const CALLS = 60;
const CHUNK = 5;

describe.each(await testDrivers())('re-score workers on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let packVersion = 0;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [{ username: 'lead', role: 'qa_lead' }]);
    await ensureDefaultPack(store, NOW);
    packVersion = (await publishedRevision(store, 'default')) ?? 0;
    const items = Array.from({ length: CALLS }, (_, i) => ({
      conversation: conversation(`rs-${String(i).padStart(3, '0')}`, {
        startedAt: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T09:30:00+08:00`,
      }),
      scope: { teamId: 'T1', vendorId: 'V1' },
    }));
    await store.db.transaction((tx) => upsertConversationsBulk(tx, items));
  });

  async function newRun(id: string): Promise<number[]> {
    const store = t.store();
    const [lead] = await store
      .sql<{ id: string }>(`select id from users where username = 'lead'`)
      .then((r) => r.rows);
    await createRescoreRun(store, {
      id,
      packId: 'default',
      packVersion,
      from: new Date('2026-10-01T00:00:00+08:00'),
      to: new Date('2026-11-01T00:00:00+08:00'),
      createdByUserId: lead?.id ?? '',
      at: NOW,
    });
    return planRescore(store, id, CHUNK);
  }

  it('three workers on one run save every chunk exactly once', async () => {
    const store = t.store();
    const chunks = await newRun('run-a');
    expect(chunks).toHaveLength(CALLS / CHUNK);
    const saved = await Promise.all(
      [1, 2, 3].map(() => workRescoreRun(store, 'run-a', () => new Date(), 'Asia/Shanghai')),
    );
    expect(saved.reduce((a, b) => a + b, 0)).toBe(chunks.length);
    const run = await getRescoreRun(store, 'run-a');
    expect(run).toMatchObject({ status: 'done', done: CALLS, chunksDone: chunks.length });
    const { rows } = await store.sql<{ n: number; latest: number }>(
      `select count(*)::int as n, count(*) filter (where is_latest)::int as latest from results
        where conversation_id like 'rs-%'`,
    );
    expect(rows[0]).toEqual({ n: CALLS, latest: CALLS });
    // Nothing left: another worker finds no chunk and saves nothing.
    expect(await workRescoreRun(store, 'run-a', () => new Date(), 'Asia/Shanghai')).toBe(0);
    // The run was marked done once (the worker that marked it refreshes the statistics of a large run).
    expect(await finishRescoreIfComplete(store, 'run-a', new Date())).toBe(false);
  });

  it('takes over a claim older than the lease, and a released claim at once', async () => {
    const store = t.store();
    const chunks = await newRun('run-b');
    const t0 = new Date('2026-10-20T05:00:00Z');
    const first = await claimRescoreChunk(store, 'run-b', t0, CLAIM_LEASE_MS);
    expect(first?.chunk).toBe(chunks[0]);
    expect(first?.ids).toHaveLength(CHUNK);
    const soon = new Date(t0.getTime() + CLAIM_LEASE_MS / 2);
    expect((await claimRescoreChunk(store, 'run-b', soon, CLAIM_LEASE_MS))?.chunk).toBe(chunks[1]);
    const late = new Date(t0.getTime() + CLAIM_LEASE_MS + 1000);
    expect((await claimRescoreChunk(store, 'run-b', late, CLAIM_LEASE_MS))?.chunk).toBe(chunks[0]);
    await releaseRescoreChunks(store, 'run-b', [chunks[1] ?? -1]);
    expect((await claimRescoreChunk(store, 'run-b', late, CLAIM_LEASE_MS))?.chunk).toBe(chunks[1]);
    // The stale claims do not stop a worker from finishing the run: it takes the rest, then the expired ones.
    await releaseRescoreChunks(store, 'run-b', chunks);
    expect(await workRescoreRun(store, 'run-b', () => new Date(), 'Asia/Shanghai')).toBe(chunks.length);
    expect(await getRescoreRun(store, 'run-b')).toMatchObject({ status: 'done', done: CALLS });
  });

  /** The published version previewed against itself over the seeded month. */
  async function previewOfOctober() {
    const pack = await compiledVersion(t.store(), 'default', packVersion);
    return {
      baseline: pack,
      candidate: pack,
      from: new Date('2026-10-01T00:00:00+08:00'),
      to: new Date('2026-11-01T00:00:00+08:00'),
      keepChanged: 10,
    };
  }

  it('previews against the stored results of the published version, evaluating only where none is stored', async () => {
    const store = t.store();
    const q = { ...(await previewOfOctober()), limit: 1000 };
    const stored = { packId: 'default', packVersion };
    const { elapsedMs: _a, ...evaluated } = await previewImpact(store, q);
    const { elapsedMs: _b, ...fromStore } = await previewImpact(store, { ...q, baselineStored: stored });
    expect(fromStore).toEqual(evaluated);
    expect(fromStore).toMatchObject({ conversations: CALLS, changedCount: 0 });
    // A stored score that differs shows in the baseline: it was read, not evaluated again.
    await store.sql(`update results set total = 0 where conversation_id = 'rs-000' and is_latest`);
    const { elapsedMs: _c, ...tampered } = await previewImpact(store, { ...q, baselineStored: stored });
    expect(tampered.meanScoreBefore).toBeLessThan(evaluated.meanScoreBefore);
    expect(tampered.changedCount).toBe(1);
  });

  it('previews page by page with read-ahead: every conversation once, the cap and truncation exact', async () => {
    const store = t.store();
    const q = await previewOfOctober();
    const progress: number[] = [];
    const whole = await previewImpact(store, {
      ...q,
      limit: 1000,
      pageSize: 7,
      onPage: (d) => {
        progress.push(d);
        return Promise.resolve();
      },
    });
    expect(whole).toMatchObject({ conversations: CALLS, truncated: false });
    expect(progress).toEqual([7, 14, 21, 28, 35, 42, 49, 56, 60]);
    for (const [limit, truncated] of [
      [13, true],
      [14, true],
      [CALLS, false],
      [CALLS + 1, false],
    ] as const) {
      const r = await previewImpact(store, { ...q, limit, pageSize: 7 });
      expect(r, `limit ${limit}`).toMatchObject({ conversations: Math.min(limit, CALLS), truncated });
    }
  });
});
