// First start: create user `admin` with ZHIJIAN_ADMIN_PASSWORD, or with a random password printed once.
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { createUser, findUserByUsername, type Store } from '../store/index.ts';

export type AdminBootstrap = { created: false } | { created: true; password: string; generated: boolean };

export async function ensureAdmin(store: Store, configured: string | undefined): Promise<AdminBootstrap> {
  if (await findUserByUsername(store, 'admin')) return { created: false };
  const password = configured ?? generatePassword();
  await createUser(store, {
    id: 'u-admin',
    username: 'admin',
    displayName: '系统管理员',
    passwordHash: await hashPassword(password),
    role: 'admin',
  });
  return { created: true, password, generated: configured === undefined };
}
