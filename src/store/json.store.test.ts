// Stored JSON read back through its schema (src/store/json.ts), on PGlite and PostgreSQL: a statement stored before
// a line kind existed reads with that kind's total at 0, a row that does not fit fails naming its column, and what
// is written is read back unchanged.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { LINE_KINDS, type SettlementStatement } from '../core/kpi/index.ts';
import { StoredJsonError } from './json.ts';
import { settlementStatements, slaPolicies } from './schema/index.ts';
import { seedOrganisation } from './testing/fixtures.ts';
import { testDrivers, useTestStore } from './testing/test-store.ts';

/** A statement as a version before 金点子 stored it: no `idea-reward` total. */
function olderStatement(vendorId: string): unknown {
  const totals: Record<string, number> = Object.fromEntries(LINE_KINDS.map((k) => [k, 0]));
  delete totals['idea-reward'];
  totals['base-fee'] = 100_000;
  totals.netFen = 100_000;
  return {
    vendorId,
    month: '2026-01',
    policyVersion: 'v1',
    kpi: [],
    lines: [{ kind: 'base-fee', description: '基础服务费', amountFen: 100_000 }],
    totals,
  };
}

describe.each(await testDrivers())('stored JSON on $kind', (driver) => {
  const t = useTestStore(driver);

  it('reads a statement stored before a line kind existed, with that total at 0', async () => {
    const store = t.store();
    await seedOrganisation(store, 'sj-');
    await store.db.insert(settlementStatements).values({
      id: 'sj-st-1',
      vendorId: 'sj-V1',
      month: '2026-01',
      state: 'approved',
      policyId: 'p1',
      policyVersion: 'v1',
      asOf: '2026-02-01',
      body: olderStatement('sj-V1') as SettlementStatement,
      netFen: 100_000,
      builtAt: new Date('2026-02-01T02:00:00Z'),
      createdAt: new Date('2026-02-01T02:00:00Z'),
    });
    const [row] = await store.db
      .select()
      .from(settlementStatements)
      .where(eq(settlementStatements.id, 'sj-st-1'));
    expect(row?.body.totals['idea-reward']).toBe(0);
    expect(row?.body.totals['base-fee']).toBe(100_000);
    expect(row?.body.lines).toEqual([{ kind: 'base-fee', description: '基础服务费', amountFen: 100_000 }]);
  });

  it('refuses a stored value that does not fit its schema, naming the column', async () => {
    const store = t.store();
    await store.db.insert(slaPolicies).values({
      id: 'sj-sla',
      name: '当日回复',
      reply: { workingHours: 4 },
      resolve: { workingDays: 1 },
    });
    const [ok] = await store.db.select().from(slaPolicies).where(eq(slaPolicies.id, 'sj-sla'));
    expect(ok?.reply).toEqual({ workingHours: 4 });
    // what an older or hand-edited row might hold: a unit no version understands
    await store.sql(`update sla_policies set reply = '{"minutes": 30}'::jsonb where id = 'sj-sla'`);
    const read = store.db.select().from(slaPolicies).where(eq(slaPolicies.id, 'sj-sla'));
    await expect(read).rejects.toThrow(StoredJsonError);
    await expect(store.db.select().from(slaPolicies).where(eq(slaPolicies.id, 'sj-sla'))).rejects.toThrow(
      /sla_policies\.reply/,
    );
  });
});
