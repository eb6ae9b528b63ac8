// Backup and restore of the embedded database: a backup restored into a new data folder holds every row of every
// application table unchanged (same rows, same values), sequences continue after the restored ids, and restore
// refuses a non-empty folder, a foreign file and a file of another migration level.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsFor } from '../packs/score-bulk.ts';
import { ensureDefaultPack, packRevision, publishedPack } from '../qa/packs.ts';
import {
  appendAudit,
  openStore,
  replaceWorkCalendar,
  saveResults,
  upsertConversation,
  type Store,
} from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { assertEmptyFolder, backupDatabase, BackupError, restoreDatabase } from './backup.ts';

/** Per table: row count and a digest of all rows (as JSON, sorted), so any changed value shows. */
async function fingerprint(store: Store): Promise<Record<string, string>> {
  const { rows: tables } = await store.sql<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await store.sql<{ n: number; digest: string | null }>(
      `select count(*)::int as n, md5(string_agg(row_to_json(t)::text, E'\\n' order by row_to_json(t)::text)) as digest
         from "${name}" t`,
    );
    out[name] = `${rows[0]!.n}:${rows[0]!.digest ?? '-'}`;
  }
  return out;
}

describe('backup and restore of the embedded database', () => {
  let dir: string;
  let source: Store;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhijian-backup-'));
    source = await openStore({ dataDir: join(dir, 'source') });
    await seedOrganisation(source);
    const now = new Date('2026-10-20T04:00:00Z');
    await ensureDefaultPack(source, now);
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) {
      const id = `bk-${i}`;
      ids.push(id);
      await upsertConversation(
        source,
        conversation(id, {
          agentId: ['A001', 'A002', 'A003'][i % 3]!,
          turns: [
            { role: 'agent', text: `您好，工号${i}为您服务`, startMs: 0, endMs: 2000 },
            { role: 'customer', text: '我的电话是13812345678，"引号"和\\反斜杠', startMs: 2100, endMs: 5000 },
          ],
        }),
        { teamId: 'T1', vendorId: 'V1' },
      );
    }
    // a second version of one conversation
    await upsertConversation(source, conversation('bk-0', { agentId: 'A001' }), {
      teamId: 'T1',
      vendorId: 'V1',
    });
    const pack = (await publishedPack(source))!;
    await saveResults(source, await resultsFor(source, ids, pack, packRevision(pack.version)), now);
    await replaceWorkCalendar(source, { from: '2026-10-01', to: '2026-10-31' }, [
      { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { day: '2026-10-11', kind: 'workday', name: '国庆节调休' },
    ]);
    for (let i = 0; i < 5; i++)
      await appendAudit(source, {
        actorUserId: null,
        action: 'test.backup',
        entity: 'conversation',
        entityId: `bk-${i}`,
        after: { i, note: '备份测试' },
      });
    file = join(dir, 'zhijian.backup.gz');
  });
  afterAll(async () => {
    await source?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('restores every row of every table into a new data folder', async () => {
    const counts = await backupDatabase(source, file, new Date());
    expect(counts.find((c) => c.table === 'conversations')?.rows).toBe(121);
    const before = await fingerprint(source);

    const target = join(dir, 'restored');
    assertEmptyFolder(target);
    const restored = await openStore({ dataDir: target });
    try {
      const loaded = await restoreDatabase(restored, file);
      expect(loaded).toEqual(counts);
      expect(await fingerprint(restored)).toEqual(before);
      // ids continue after the restored ones
      const next = await appendAudit(restored, {
        actorUserId: null,
        action: 'test.after-restore',
        entity: 'conversation',
        entityId: 'bk-1',
      });
      const { rows } = await source.sql<{ max: number }>('select max(id)::int as max from audit_log');
      expect(Number(next.id)).toBeGreaterThan(rows[0]!.max);
    } finally {
      await restored.close();
    }
    expect(() => assertEmptyFolder(target)).toThrow(BackupError);
  });

  it('refuses a foreign file and a backup of another migration level', async () => {
    const target = await openStore({ dataDir: join(dir, 'refusals') });
    try {
      const foreign = join(dir, 'foreign.gz');
      await writeFile(foreign, gzipSync('{"hello":1}\n'));
      await expect(restoreDatabase(target, foreign)).rejects.toThrow(/not a zhijian-backup version 1 file/);
      const older = join(dir, 'older.gz');
      await writeFile(
        older,
        gzipSync(
          `${JSON.stringify({ format: 'zhijian-backup', version: 1, createdAt: '', migrations: ['x'], tables: [] })}\n`,
        ),
      );
      await expect(restoreDatabase(target, older)).rejects.toThrow(/written with 1 migrations/);
    } finally {
      await target.close();
    }
  });
});
