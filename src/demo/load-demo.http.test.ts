// The demo organisation's accounts on both databases: each has its own generated password (none is the admin's),
// carries only its role's scope id, and an admin can disable any of them (it used to answer 400).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { findUserByUsername } from '../store/index.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, TEST_PASSWORD, testApp } from '../http/testing/test-app.ts';
import { loadDemo, type DemoLoadResult } from './load-demo.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

describe.each(await testDrivers())('demo accounts on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let demo: DemoLoadResult;
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    demo = await loadDemo(
      t.store(),
      { send: () => Promise.resolve(null) },
      { now: NOW, timeZone: 'Asia/Shanghai' },
    );
    await seedUsers(t.store(), [{ username: 'boss', role: 'admin' }]);
    app = (await testApp(t.store(), () => NOW)).app;
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(skip)(
    'gives every demo account its own password, and each can log in and be disabled',
    async () => {
      const passwords = demo.users.map((u) => u.password);
      expect(new Set(passwords).size).toBe(passwords.length);
      expect(passwords).not.toContain(TEST_PASSWORD);
      const admin = await login(app, 'boss');
      for (const role of ['agent', 'team_leader', 'vendor_manager', 'qa_inspector'] as const) {
        const u = demo.users.find((x) => x.role === role)!;
        expect(await login(app, u.username, u.password)).toContain('zhijian_session=');
        const row = await findUserByUsername(t.store(), u.username);
        const ids = [row!.agentId, row!.teamId, row!.vendorId].filter((x) => x !== null);
        expect(ids.length, u.username).toBe(role === 'qa_inspector' ? 0 : 1);
        const res = await app.inject({
          method: 'PATCH',
          url: `/api/users/${row!.id}`,
          payload: { disabled: true },
          headers: { cookie: admin },
        });
        expect(res.statusCode, res.body).toBe(200);
        await expect(login(app, u.username, u.password)).rejects.toThrow(/401/);
      }
    },
  );
});
