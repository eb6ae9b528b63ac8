// `zhijian demo --reset`: drop everything and start again from the demo organisation. Refuses to wipe a database
// that holds anything but the demo client unless forced, because a reset on production data would be a disaster.
import { listClients, openStore, type Store } from '../store/index.ts';
import { CLIENT } from '../core/demo/org.ts';

export class NotADemoDatabaseError extends Error {
  constructor(clients: string[]) {
    super(
      `refusing to reset: the database holds clients other than the demo (${clients.join(', ')}); ` +
        'pass --force to wipe it anyway',
    );
    this.name = 'NotADemoDatabaseError';
  }
}

/** Drop the application's and the queue's schemas; the next openStore migrates from scratch. */
export async function wipeDatabase(store: Store, force: boolean): Promise<void> {
  const others = (await listClients(store)).map((c) => c.id).filter((id) => id !== CLIENT.id);
  if (others.length > 0 && !force) throw new NotADemoDatabaseError(others);
  await store.sql('DROP SCHEMA IF EXISTS pgboss CASCADE');
  await store.sql('DROP SCHEMA IF EXISTS drizzle CASCADE');
  await store.sql('DROP SCHEMA public CASCADE');
  await store.sql('CREATE SCHEMA public');
}

export async function reopenWiped(
  opts: { databaseUrl: string | undefined; dataDir: string },
  force: boolean,
): Promise<Store> {
  const first = await openStore(opts);
  try {
    await wipeDatabase(first, force);
  } finally {
    await first.close();
  }
  return openStore(opts);
}
