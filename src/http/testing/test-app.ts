// Builds the real HTTP app in-process on a test store, with users for every role and a pinned clock.
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../auth/passwords.ts';
import type { UserRole } from '../../core/auth/roles.ts';
import { parseSettings } from '../../settings/settings.ts';
import { createUser, type Store } from '../../store/index.ts';
import { buildApp, type BuildAppOptions } from '../app.ts';
import type { AppContext } from '../context.ts';

export const TEST_PASSWORD = 'test-password-1';

export interface TestUser {
  username: string;
  role: UserRole;
  agentId?: string;
  teamId?: string;
  vendorId?: string;
  branchId?: string;
}

export async function seedUsers(store: Store, users: readonly TestUser[]): Promise<void> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const u of users) {
    await createUser(store, {
      id: `u-${u.username}`,
      username: u.username,
      displayName: u.username,
      passwordHash,
      role: u.role,
      agentId: u.agentId ?? null,
      teamId: u.teamId ?? null,
      vendorId: u.vendorId ?? null,
      branchId: u.branchId ?? null,
    });
  }
}

export async function testApp(
  store: Store,
  now: () => Date,
  extra: Pick<BuildAppOptions, 'onRoute'> = {},
): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const ctx: AppContext = {
    store,
    settings: parseSettings({}),
    now,
    queueHealth: () => Promise.resolve({ ok: true, queued: 0, active: 0, failed: 0 }),
    loginThrottle: { state: new Map() },
  };
  const app = await buildApp({ ctx, logger: false, strictResponses: true, ...extra });
  return { app, ctx };
}

/** Log in through the API and return the cookie header for later requests. */
export async function login(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'zhijian_session');
  if (!cookie) throw new Error('no session cookie');
  return `zhijian_session=${cookie.value}`;
}
