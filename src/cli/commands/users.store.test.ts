// `zhijian users reset-password` through the real entry point on the embedded database: the new password opens
// the account, the old one no longer does, sessions end, and the reset is audited.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../auth/passwords.ts';
import { ensureAdmin } from '../../server/bootstrap-admin.ts';
import { findUserByUsername, openStore, schema } from '../../store/index.ts';
import { zhijian } from '../testing/launcher.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'zhijian-users-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (args: string[]) => zhijian(args, { DATA_DIR: dataDir, DATABASE_URL: '' });

describe('zhijian users reset-password (PGlite, real entry point)', () => {
  it('sets a new password, ends sessions and audits; unknown users and weak passwords exit 2', async () => {
    let store = await openStore({ dataDir });
    await ensureAdmin(store, 'old-admin-pass-1');
    await store.close();

    const r = await cli(['users', 'reset-password', 'admin']);
    expect(r.code).toBe(0);
    const printed = /reset: (\S+) \(shown once\)/.exec(r.stdout)?.[1];
    expect(printed).toMatch(/^[A-Za-z0-9]{16}$/);

    expect((await cli(['users', 'reset-password', 'nobody'])).code).toBe(2);
    const weak = await cli(['users', 'reset-password', 'admin', '--password', 'admin']);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('not acceptable');

    store = await openStore({ dataDir });
    try {
      const admin = await findUserByUsername(store, 'admin');
      expect(await verifyPassword(admin!.passwordHash, printed!)).toBe(true);
      expect(await verifyPassword(admin!.passwordHash, 'old-admin-pass-1')).toBe(false);
      const audit = await store.db.select().from(schema.auditLog);
      expect(audit.map((a) => a.action)).toEqual(['user.password.reset']);
    } finally {
      await store.close();
    }
  });
});
