// "A worker killed mid-batch loses nothing and duplicates nothing". A real child process runs the chunk
// handler against PostgreSQL; the test kills it with SIGKILL while the batch is part-way, runs it again (as pg-boss
// re-delivers the killed job and the queued ones), and checks every record is stored exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../core/conversation/schema.ts';
import type { JobSender } from '../jobs/define.ts';
import { upsertConversation } from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { splitJsonl } from './records.ts';
import { submitIngest } from './submit.ts';

const RUNNER = fileURLToPath(new URL('./testing/chunk-runner.ts', import.meta.url));
const RECORDS = 3000;
const CHUNK = 50;

function runner(databaseUrl: string, batchId: string, chunks: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', RUNNER, databaseUrl, batchId, String(chunks)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** Chunk jobs are run by the child here, not by a queue. */
const noQueue: JobSender = { send: () => Promise.resolve(null) };

describe.each((await testDrivers()).filter((d) => d.kind === 'postgres'))(
  'kill the ingest worker on $kind',
  (driver) => {
    const t = useTestStore(driver);

    it('loses nothing and duplicates nothing when the worker is killed mid-batch and restarted', async () => {
      const store = t.store();
      await seedOrganisation(store);
      const agents = ['A001', 'A002', 'A003'];
      const calls: Conversation[] = Array.from({ length: RECORDS }, (_, i) =>
        conversation(`k-${i}`, {
          agentId: agents[i % 3],
          turns: [
            { role: 'agent', text: `您好，这里是第${i}号来电的客服`, startMs: 0, endMs: 2000 },
            { role: 'customer', text: '我想查询一下账单', startMs: 2500, endMs: 4000 },
          ],
        }),
      );
      // 100 of them exist already with other content: they must end as version 2, never 3.
      for (const c of calls.slice(0, 100)) {
        await upsertConversation(
          store,
          { ...c, turns: c.turns.slice(0, 1) },
          { teamId: 'T1', vendorId: 'V1' },
        );
      }
      const lines = calls.map((c) => JSON.stringify(c));
      lines.splice(1234, 0, '{"id": "broken", "turns": ['); // one bad line: rejected once, reported once
      const { batchId, chunks } = await submitIngest(store, noQueue, {
        ...splitJsonl(lines.join('\n')),
        source: 'jsonl',
        createdByUserId: null,
        now: new Date(),
        chunkSize: CHUNK,
      });
      expect(chunks).toBe(Math.ceil((RECORDS + 1) / CHUNK));

      const done = async () =>
        (
          await store.sql<{ n: number }>(
            'select count(*)::int as n from ingest_records where batch_id = $1 and outcome is not null',
            [batchId],
          )
        ).rows[0]!.n;

      const first = runner(t.databaseUrl(), batchId, chunks);
      const firstExit = exited(first);
      let atKill = 0;
      for (;;) {
        atKill = await done();
        if (atKill >= RECORDS / 3) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      first.kill('SIGKILL');
      expect(await firstExit).toBeNull(); // killed by the signal, not finished
      const afterKill = await done();
      expect(afterKill).toBeGreaterThan(0);
      expect(afterKill).toBeLessThan(RECORDS + 1);

      const second = runner(t.databaseUrl(), batchId, chunks);
      let out = '';
      second.stdout?.on('data', (b: Buffer) => (out += b.toString()));
      second.stderr?.on('data', (b: Buffer) => (out += b.toString()));
      expect(await exited(second), out).toBe(0);

      const q = async (text: string) => (await store.sql<{ n: number }>(text, [batchId])).rows[0]!.n;
      expect(await done()).toBe(RECORDS + 1);
      // No loss: every conversation of the batch is stored; no duplicate: one latest row each, the 100 updated at
      // version 2, the others at version 1.
      expect(
        await q(`select count(distinct id)::int as n from conversations where id like 'k-%' and $1 <> ''`),
      ).toBe(RECORDS);
      expect(
        await q(
          `select count(*)::int as n from conversations where id like 'k-%' and is_latest and $1 <> ''`,
        ),
      ).toBe(RECORDS);
      expect(
        await q(`select max(version)::int as n from conversations where id like 'k-%' and $1 <> ''`),
      ).toBe(2);
      expect(
        await q(
          `select count(*)::int as n from conversations where id like 'k-%' and version = 2 and $1 <> ''`,
        ),
      ).toBe(100);
      expect(
        await q(`select count(*)::int as n from ingest_errors where batch_id = $1 and severity = 'error'`),
      ).toBe(1);
      const batch = (
        await store.sql<{ status: string; accepted: number; rejected: number; total: number }>(
          'select status, accepted, rejected, total from ingest_batches where id = $1',
          [batchId],
        )
      ).rows[0]!;
      expect(batch).toEqual({ status: 'done', accepted: RECORDS, rejected: 1, total: RECORDS + 1 });
      console.info(
        `[kill test] killed after ${afterKill}/${RECORDS + 1} records stored; after restart ${await done()} stored, ` +
          `${RECORDS} conversations, counters ${JSON.stringify(batch)}`,
      );
    }, 120_000);
  },
);
