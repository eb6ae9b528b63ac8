// anyOf (src/store/any-of.ts) on PGlite and PostgreSQL: ids holding the characters an array literal must escape
// (commas, quotes, braces, backslashes, spaces, NULL as a word) are matched exactly, and an empty list matches
// nothing.
import { describe, expect, it } from 'vitest';
import { anyOf } from './any-of.ts';
import { clients } from './schema/index.ts';
import { testDrivers, useTestStore } from './testing/test-store.ts';

const AWKWARD = ['ao-a,b', 'ao-"q"', 'ao-{x}', 'ao-back\\slash', 'ao- sp ace', 'NULL', 'ao-汉字'];

describe.each(await testDrivers())('anyOf on $kind', (driver) => {
  const t = useTestStore(driver);

  it('matches exactly the listed ids, whatever characters they hold', async () => {
    const store = t.store();
    await store.db.insert(clients).values([...AWKWARD, 'ao-other'].map((id) => ({ id, name: id })));
    const rows = await store.db.select({ id: clients.id }).from(clients).where(anyOf(clients.id, AWKWARD));
    expect(rows.map((r) => r.id).sort()).toEqual([...AWKWARD].sort());
    const none = await store.db.select({ id: clients.id }).from(clients).where(anyOf(clients.id, []));
    expect(none).toEqual([]);
  });
});
