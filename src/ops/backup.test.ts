// Restoring an older backup: the shipped migrations are cut at the backup's level when its migrations are the
// first ones shipped, and refused when they are not.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../store/open-store.ts';
import { migrationsAtLevel } from './backup.ts';

const shipped = (
  JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  }
).entries.map((e) => ({
  tag: e.tag,
  hash: createHash('sha256')
    .update(readFileSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`), 'utf8'))
    .digest('hex'),
}));

describe('migrationsAtLevel', () => {
  const work = mkdtempSync(join(tmpdir(), 'zhijian-levels-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('keeps the first migrations of an older backup', () => {
    const level = migrationsAtLevel(MIGRATIONS_FOLDER, [shipped[0]!.hash], join(work, 'one'))!;
    const journal = JSON.parse(readFileSync(join(level, 'meta/_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    expect(journal.entries.map((e) => e.tag)).toEqual([shipped[0]!.tag]);
    expect(readdirSync(level).filter((f) => f.endsWith('.sql'))).toEqual([`${shipped[0]!.tag}.sql`]);
  });

  it('refuses migrations that are not the shipped ones, or more of them', () => {
    expect(migrationsAtLevel(MIGRATIONS_FOLDER, ['not-a-hash'], join(work, 'x'))).toBeUndefined();
    const more = [...shipped.map((s) => s.hash), 'newer'];
    expect(migrationsAtLevel(MIGRATIONS_FOLDER, more, join(work, 'y'))).toBeUndefined();
  });
});
