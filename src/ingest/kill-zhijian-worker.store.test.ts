// Kill-the-worker, end to end: a real `zhijian worker` process works the queued `ingest-batch` chunk jobs
// (and the scoring they queue) against PostgreSQL; the test SIGKILLs it mid-batch and starts a new one. The killed
// worker's active job is handed back the way pg-boss's supervisor does it once `expireInSeconds` has passed (the
// job is failed into its retry): here through pg-boss's public `fail`, instead of waiting five minutes.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startQueue, type Queue } from '../jobs/queue.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { splitJsonl } from './records.ts';
import { submitIngest } from './submit.ts';

const BIN = fileURLToPath(new URL('../../bin/zhijian.js', import.meta.url));
const RECORDS = 2000;

function worker(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, [BIN, 'worker', '--concurrency', '1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, ZHIJIAN_LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe.each((await testDrivers()).filter((d) => d.kind === 'postgres'))(
  'kill `zhijian worker` on $kind',
  (driver) => {
    const t = useTestStore(driver);
    let queue: Queue | undefined;
    const children: ChildProcess[] = [];
    afterAll(async () => {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      await queue?.stop({ timeoutMs: 5000 });
    });

    it('a worker killed mid-batch loses nothing and duplicates nothing', async () => {
      const store = t.store();
      await seedOrganisation(store);
      await ensureDefaultPack(store, new Date());
      queue = await startQueue(store, { schedule: false, onError: () => {} });
      const lines = Array.from({ length: RECORDS }, (_, i) =>
        JSON.stringify(conversation(`w-${i}`, { agentId: ['A001', 'A002', 'A003'][i % 3] })),
      );
      const { batchId, chunks } = await submitIngest(store, queue, {
        ...splitJsonl(lines.join('\n')),
        source: 'jsonl',
        createdByUserId: null,
        now: new Date(),
        // The worker fetches one job per polling interval (2 s) per job type: chunks of 200 keep the scoring jobs few.
        chunkSize: 200,
      });
      const q = async (text: string) => (await store.sql<{ n: number }>(text, [batchId])).rows[0]!.n;
      const stored = () =>
        q('select count(*)::int as n from ingest_records where batch_id = $1 and outcome is not null');

      const first = worker(t.databaseUrl());
      children.push(first);
      let log = '';
      first.stderr?.on('data', (b: Buffer) => (log += b.toString()));
      for (let i = 0; (await stored()) < RECORDS / 4; i++) {
        if (i > 1200) throw new Error(`worker made no progress: ${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      first.kill('SIGKILL');
      await exited(first);
      const atKill = await stored();
      expect(atKill).toBeLessThan(RECORDS);

      // What the supervisor does to a dead worker's jobs after their expireInSeconds: fail them into their retry.
      // Every active job is the dead worker's (this process works none): its ingest chunk and the scoring it queued.
      const active = await store.sql<{ id: string; name: string }>(
        `select id, name from pgboss.job where state = 'active' and $1 <> ''`,
        [batchId],
      );
      for (const j of active.rows) await queue.boss.fail(j.name, j.id, { message: 'worker killed' });

      const second = worker(t.databaseUrl());
      children.push(second);
      for (let i = 0; ; i++) {
        const done = await q(
          `select count(*)::int as n from ingest_batches where id = $1 and status = 'done'`,
        );
        const scored = await q(
          `select count(*)::int as n from results r join conversations c
           on c.id = r.conversation_id and c.version = r.conversation_version where c.ingest_batch_id = $1`,
        );
        if (done === 1 && scored === RECORDS) break;
        if (i > 1200)
          throw new Error(`batch not finished after restart (stored ${await stored()}, scored ${scored})`);
        await new Promise((r) => setTimeout(r, 100));
      }
      second.kill('SIGTERM');
      await exited(second);

      expect(await stored()).toBe(RECORDS);
      expect(await q(`select count(*)::int as n from conversations where id like 'w-%' and $1 <> ''`)).toBe(
        RECORDS,
      );
      expect(
        await q(`select max(version)::int as n from conversations where id like 'w-%' and $1 <> ''`),
      ).toBe(1);
      expect(
        await q(`select count(*)::int as n from results where conversation_id like 'w-%' and $1 <> ''`),
      ).toBe(RECORDS);
      const batch = (
        await store.sql<{ accepted: number; rejected: number; total: number }>(
          'select accepted, rejected, total from ingest_batches where id = $1',
          [batchId],
        )
      ).rows[0];
      expect(batch).toEqual({ accepted: RECORDS, rejected: 0, total: RECORDS });
      console.info(
        `[zhijian worker kill test] ${chunks} chunk jobs; worker SIGKILLed with ${atKill}/${RECORDS} records stored and ` +
          `${active.rows.length} job(s) active (${active.rows.map((j) => j.name).join(', ')}); after restart: ${RECORDS} conversations at version 1, ${RECORDS} results, ` +
          `counters ${JSON.stringify(batch)}`,
      );
    }, 240_000);
  },
);
