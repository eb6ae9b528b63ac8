// `zhijian serve`: HTTP + job worker + scheduler in one process (ARCHITECTURE.md: `serve`, `worker`
// and the analyst tools are roles of one program). Opens the store (migrations run there), publishes the default pack, loads the demo into an
// empty database when asked (--demo), and prints where it listens.
import { OidcClient } from '../auth/oidc.ts';
import { buildApp } from '../http/app.ts';
import type { AppContext } from '../http/context.ts';
import { JOBS } from '../jobs/registry.ts';
import { startJobs } from '../jobs/worker.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import type { Settings } from '../settings/settings.ts';
import { openStore } from '../store/index.ts';
import { isEmptyDatabase, loadDemo } from '../demo/load-demo.ts';
import { packagePath } from '../paths.ts';
import { ensureAdmin } from './bootstrap-admin.ts';
import { webBuilt } from '../http/ops.ts';
import { backfillSearchKeys } from '../store/index.ts';
import { calendarWarnings, loadPackageCalendar, seedHolidayCalendar } from '../ops/holidays.ts';
import { applyRetentionJob, RETENTION_CRON } from '../jobs/definitions/apply-retention.ts';
import { startupLogger, type Logger } from '../ops/logger.ts';
import { enableProcessMetrics, setQueueDepthSource } from '../ops/metrics.ts';

export const WEB_ROOT = packagePath('web/dist');

/** `serve` refuses to start without the web UI unless told to serve the API alone. */
export class WebUiMissingError extends Error {
  readonly code = 'WEB_UI_NOT_BUILT';
  constructor(webRoot: string) {
    super(
      `the web UI is not built (${webRoot}/index.html is missing). Build it with \`npm run build\` after a full ` +
        '`npm ci` (vite is a devDependency), use the Docker image (docs/deploy.md), or start with `serve --no-ui` ' +
        'to serve the API alone.',
    );
    this.name = 'WebUiMissingError';
  }
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(
  settings: Settings,
  opts: { log: Logger; demo?: boolean; ui?: boolean },
): Promise<RunningServer> {
  const webRoot = opts.ui === false ? undefined : WEB_ROOT;
  if (webRoot !== undefined && !webBuilt(webRoot)) throw new WebUiMissingError(webRoot);
  const startup = startupLogger(opts.log);
  const store = await openStore({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  const now = new Date();
  const calendar = loadPackageCalendar();
  try {
    await ensureDefaultPack(store, now);
    for (const y of (await seedHolidayCalendar(store, now, settings.timeZone, calendar)).seeded)
      startup.info(
        { year: y.year, days: y.days, source: calendar.source },
        `working-day calendar: seeded ${y.year}`,
      );
    for (const w of await calendarWarnings(store, now, settings.timeZone, calendar)) startup.warn(w);
    // Conversations stored before the tolerant search keys existed get them once (a no-op afterwards).
    const filled = await backfillSearchKeys(store);
    if (filled > 0) startup.info({ conversations: filled }, 'search keys filled');
  } catch (e) {
    await store.close();
    throw e;
  }
  const jobs = await startJobs(store, {
    jobs: JOBS,
    timeZone: settings.timeZone,
    // pg-boss waits a whole polling interval between fetches of one worker loop; at its 2 s default, freshly
    // ingested calls wait seconds per chunk to be scored. 0.5 s is pg-boss's minimum and costs idle queries only.
    pollingIntervalSeconds: 0.5,
    log: opts.log,
  });
  const queue = jobs.queue;
  try {
    const { months, mode } = settings.retention;
    if (months === undefined) await queue.unschedule(applyRetentionJob);
    else
      await queue.schedule(
        applyRetentionJob,
        RETENTION_CRON,
        { months, mode },
        { timeZone: settings.timeZone },
      );
  } catch (e) {
    await jobs.stop().catch(() => undefined);
    await store.close();
    throw e;
  }
  enableProcessMetrics();
  setQueueDepthSource(() => queue.depth());
  try {
    const admin = await ensureAdmin(store, settings.adminPassword);
    // The demo is loaded only when asked for (`serve --demo`, what `npm start` passes for a newcomer), and only
    // into an empty database: a production start never creates demo accounts.
    let demo: Awaited<ReturnType<typeof loadDemo>> | undefined;
    if (opts.demo === true && (await isEmptyDatabase(store)))
      demo = await loadDemo(store, queue, { now, timeZone: settings.timeZone });
    const ctx: AppContext = {
      store,
      settings,
      now: () => new Date(),
      queueHealth: () => queue.health(),
      jobs: queue,
      loginThrottle: { state: new Map() },
      oidc: settings.oidc ? new OidcClient(settings.oidc) : null,
      readinessWarnings: () => calendarWarnings(store, new Date(), settings.timeZone, calendar),
    };
    const app = await buildApp({ ctx, loggerInstance: opts.log, ...(webRoot ? { webRoot } : {}) });
    await app.listen({ port: settings.port, host: settings.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : settings.port;
    const shownHost = settings.host === '0.0.0.0' || settings.host === '::' ? '127.0.0.1' : settings.host;
    const url = `http://${shownHost}:${port}`;
    startup.info(
      {
        url,
        docs: `${url}/docs`,
        database: store.kind === 'pglite' ? 'embedded' : 'postgres',
        ...(store.kind === 'pglite' ? { dataDir: settings.dataDir } : {}),
        ui: webRoot !== undefined,
        metrics: settings.metricsToken !== undefined,
        sso: settings.oidc ? settings.oidc.issuer : 'off',
        retention:
          settings.retention.months === undefined
            ? 'off'
            : `${settings.retention.mode} after ${settings.retention.months} months`,
      },
      `zhijian listening on ${url}`,
    );
    if (!webRoot) startup.warn('serving the API only (--no-ui): the web UI is not served by this process');
    if (admin.created) {
      startup.info(
        { user: 'admin', generated: admin.generated },
        admin.generated
          ? `First start: created user "admin" with password ${admin.password}  (shown once; change it after logging in)`
          : 'First start: created user "admin" with the password from ZHIJIAN_ADMIN_PASSWORD',
      );
    }
    if (demo) {
      startup.info(
        { conversations: demo.conversations, agents: demo.agents },
        `Demo data loaded: ${demo.conversations} conversations, ${demo.agents} agents; each demo account has its own password (shown once, below)`,
      );
      for (const u of demo.users)
        startup.info(
          { demoAccount: { username: u.username, role: u.role, password: u.password } },
          `demo account ${u.username} (${u.role}) password ${u.password}`,
        );
    }
    return {
      url,
      close: async () => {
        setQueueDepthSource(undefined);
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
