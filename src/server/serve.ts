// `zhijian serve`: HTTP + job worker + scheduler in one process (product.md "web, worker and scheduler are roles
// of one program"). Opens the store (migrations run there), publishes the default pack, loads the demo into an
// empty database when asked (--demo), and prints where it listens.
import { buildApp } from '../http/app.ts';
import type { AppContext } from '../http/context.ts';
import { JOBS } from '../jobs/registry.ts';
import { startJobs } from '../jobs/worker.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { ALL_JOBS } from '../qa/jobs.ts';
import type { Settings } from '../settings/settings.ts';
import { openStore } from '../store/index.ts';
import { demoAccountLines, isEmptyDatabase, loadDemo } from '../demo/load-demo.ts';
import { packagePath } from '../paths.ts';
import { ensureAdmin } from './bootstrap-admin.ts';

export const WEB_ROOT = packagePath('web/dist');

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(
  settings: Settings,
  opts: { print: (line: string) => void; demo?: boolean } = { print: console.log },
): Promise<RunningServer> {
  const store = await openStore({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  const now = new Date();
  try {
    await ensureDefaultPack(store, now);
  } catch (e) {
    await store.close();
    throw e;
  }
  const jobs = await startJobs(store, {
    jobs: [...JOBS, ...ALL_JOBS],
    timeZone: settings.timeZone,
    // pg-boss waits a whole polling interval between fetches of one worker loop; at its 2 s default, freshly
    // ingested calls wait seconds per chunk to be scored. 0.5 s is pg-boss's minimum and costs idle queries only.
    pollingIntervalSeconds: 0.5,
    onError: (e) => opts.print(`[jobs] ${e.message}`),
  });
  const queue = jobs.queue;
  try {
    const admin = await ensureAdmin(store, settings.adminPassword);
    // The demo is loaded only when asked for (`serve --demo`, what `npm start` passes for a newcomer), and only
    // into an empty database: a production start never creates demo accounts.
    let demoLines: string[] = [];
    if (opts.demo === true && (await isEmptyDatabase(store))) {
      const r = await loadDemo(store, queue, { now, timeZone: settings.timeZone });
      demoLines = [
        `Demo data loaded: ${r.conversations} conversations, ${r.agents} agents. Demo accounts (username, role, password; shown once):`,
        ...demoAccountLines(r.users),
      ];
    }
    const ctx: AppContext = {
      store,
      settings,
      now: () => new Date(),
      queueHealth: () => queue.health(),
      jobs: queue,
      loginThrottle: { state: new Map() },
    };
    const app = await buildApp({
      ctx,
      logger: settings.logLevel === 'silent' ? false : { level: settings.logLevel },
      webRoot: WEB_ROOT,
    });
    await app.listen({ port: settings.port, host: settings.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : settings.port;
    const shownHost = settings.host === '0.0.0.0' || settings.host === '::' ? '127.0.0.1' : settings.host;
    const url = `http://${shownHost}:${port}`;
    opts.print(
      `zhijian listening on ${url}  (API docs: ${url}/docs; database: ${store.kind === 'pglite' ? `embedded in ${settings.dataDir}` : 'PostgreSQL'})`,
    );
    if (admin.created) {
      opts.print(
        admin.generated
          ? `First start: created user "admin" with password ${admin.password}  (shown once; change it after logging in)`
          : 'First start: created user "admin" with the password from ZHIJIAN_ADMIN_PASSWORD',
      );
    }
    for (const line of demoLines) opts.print(line);
    return {
      url,
      close: async () => {
        await app.close();
        await jobs.stop();
        await store.close();
      },
    };
  } catch (e) {
    await jobs.stop().catch(() => undefined);
    await store.close();
    throw e;
  }
}
