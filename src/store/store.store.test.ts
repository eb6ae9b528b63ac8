// Migrations, organisation, users/sessions, audit log and health, on PGlite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { openStore, MIGRATIONS_FOLDER } from './open-store.ts';
import { storeHealth } from './health.ts';
import { appendAudit, listAudit } from './repo/audit.ts';
import { getAgentScope, listAgents, listTeams, listVendors } from './repo/organisation.ts';
import { getPublishedRulePack, listRulePacks, publishRulePack, saveRulePack } from './repo/results.ts';
import {
  countUsers,
  createSession,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  findSession,
  findUserByUsername,
} from './repo/users.ts';
import { seedOrganisation } from './testing/fixtures.ts';
import * as schema from './schema/index.ts';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { testDrivers, useTestStore } from './testing/test-store.ts';

// Every table the drizzle schema declares, so the migrations are checked against the schema itself.
const EXPECTED_TABLES = (Object.values(schema) as unknown[])
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableName(t))
  .sort();

describe.each(await testDrivers())('store on $kind', (driver) => {
  const t = useTestStore(driver);

  it('applies every committed migration once, and again is a no-op', async () => {
    const store = t.store();
    const { rows } = await store.sql<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(rows.map((r) => r.table_name)).toEqual(EXPECTED_TABLES);
    const files = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql'));
    const applied = await store.sql<{ n: number }>(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(applied.rows[0]?.n).toBe(files.length);
    if (t.kind === 'postgres') {
      // A second process (e.g. a worker) opening the same database applies nothing more.
      const other = await openStore({ dataDir: '', databaseUrl: t.databaseUrl(), poolSize: 1 });
      await other.close();
      const again = await store.sql<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      expect(again.rows[0]?.n).toBe(files.length);
    }
  });

  it('creates and lists the organisation, and resolves an agent scope', async () => {
    const store = t.store();
    await seedOrganisation(store, 'org-');
    expect((await listVendors(store, { clientId: 'org-C1' })).map((v) => v.id)).toEqual(['org-V1', 'org-V2']);
    expect((await listTeams(store, { vendorId: 'org-V1' })).map((x) => x.id)).toEqual(['org-T1', 'org-T2']);
    const [a] = await listAgents(store, { teamId: 'org-T1' });
    expect(a).toMatchObject({ id: 'org-A001', name: '张敏', hiredOn: '2026-03-01', active: true });
    expect(await getAgentScope(store, 'org-A003')).toEqual({
      agentId: 'org-A003',
      teamId: 'org-T3',
      vendorId: 'org-V2',
      clientId: 'org-C1',
    });
    expect(await getAgentScope(store, 'nobody')).toBeUndefined();
  });

  it('keeps usernames unique and finds live sessions only', async () => {
    const store = t.store();
    const before = await countUsers(store);
    await createUser(store, {
      id: 'u-lead',
      username: 'lead',
      displayName: '质检组长',
      passwordHash: '$argon2id$v=19$fake',
      role: 'qa_lead',
    });
    await expect(
      createUser(store, { id: 'u-2', username: 'lead', displayName: 'x', passwordHash: 'h', role: 'agent' }),
    ).rejects.toThrow();
    expect(await countUsers(store)).toBe(before + 1);
    expect(await findUserByUsername(store, 'lead')).toMatchObject({
      id: 'u-lead',
      role: 'qa_lead',
      disabled: false,
    });

    const now = new Date('2026-10-08T10:00:00+08:00');
    await createSession(store, {
      tokenHash: 'live',
      userId: 'u-lead',
      expiresAt: new Date(now.getTime() + 3600_000),
    });
    await createSession(store, {
      tokenHash: 'old',
      userId: 'u-lead',
      expiresAt: new Date(now.getTime() - 1),
    });
    expect((await findSession(store, 'live', now))?.user.username).toBe('lead');
    expect(await findSession(store, 'old', now)).toBeUndefined();
    expect(await deleteExpiredSessions(store, now)).toBe(1);
    await deleteSession(store, 'live');
    expect(await findSession(store, 'live', now)).toBeUndefined();
  });

  it('appends to the audit log and rejects UPDATE, DELETE and TRUNCATE', async () => {
    const store = t.store();
    const e = await appendAudit(store, {
      actorUserId: null,
      action: 'setting.change',
      entity: 'setting',
      entityId: 'ZHIJIAN_TZ',
      before: { value: 'UTC' },
      after: { value: 'Asia/Shanghai' },
    });
    expect(e.id).toBeGreaterThan(0);
    await expect(store.sql('update audit_log set action = $1 where id = $2', ['x', e.id])).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(store.sql('delete from audit_log where id = $1', [e.id])).rejects.toThrow(
      /append-only: DELETE/,
    );
    await expect(store.sql('truncate audit_log')).rejects.toThrow(/append-only: TRUNCATE/);
    const [kept] = await listAudit(store, { entity: 'setting', entityId: 'ZHIJIAN_TZ' });
    expect(kept).toMatchObject({ action: 'setting.change', after: { value: 'Asia/Shanghai' } });
  });

  it('keeps rule pack versions and serves the highest published one', async () => {
    const store = t.store();
    await saveRulePack(store, { id: 'p', version: 1, name: '默认', body: { v: 1 } });
    expect(await getPublishedRulePack(store, 'p')).toBeUndefined();
    await publishRulePack(store, 'p', 1, new Date('2026-10-01T00:00:00Z'));
    await saveRulePack(store, { id: 'p', version: 2, name: '默认', body: { v: 2 } });
    // Saving an existing version again changes nothing (published versions are immutable).
    expect((await saveRulePack(store, { id: 'p', version: 1, name: 'x', body: { v: 9 } })).body).toEqual({
      v: 1,
    });
    expect((await getPublishedRulePack(store, 'p'))?.version).toBe(1);
    await publishRulePack(store, 'p', 2, new Date('2026-10-02T00:00:00Z'));
    await publishRulePack(store, 'p', 1, new Date('2026-10-03T00:00:00Z'));
    const latest = await getPublishedRulePack(store, 'p');
    expect(latest).toMatchObject({
      version: 2,
      body: { v: 2 },
      publishedAt: new Date('2026-10-02T00:00:00Z'),
    });
    expect((await listRulePacks(store)).filter((p) => p.id === 'p').map((p) => p.version)).toEqual([2, 1]);
  });

  it('reports its health', async () => {
    const h = await storeHealth(t.store());
    expect(h).toMatchObject({ ok: true, kind: t.kind });
    expect(h.latencyMs).toBeGreaterThanOrEqual(0);
  });
});
