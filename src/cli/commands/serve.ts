// `zhijian serve` and `zhijian worker`: the long-running roles of the program. Both log JSON lines only (pino, see
// src/ops/logger.ts), start-up failures included, so a log shipper reads every line alike. The roles' modules
// (fastify, pg-boss, PGlite, pino…) are imported inside the actions, so that the other commands (`check`,
// `--version`) do not pay for loading them at start-up.
import type { Command } from 'commander';
import type { Settings } from '../../settings/settings.ts';
import type { Logger } from '../../ops/logger.ts';

import type * as LoggerNs from '../../ops/logger.ts';

type LoggerModule = typeof LoggerNs;

/** Stop cleanly on Ctrl-C / SIGTERM: running jobs finish, the data folder's lock is released. */
function onShutdown(ops: LoggerModule, log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    ops.startupLogger(log).info({ signal }, `${signal}: shutting down`);
    stop().then(
      () => process.exit(0),
      (e: unknown) => {
        log.fatal({ err: e }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}

/**
 * A long-running role must outlive a promise nobody awaited: pg-boss does not await writing a job's outcome, so a
 * database that refuses that write (or is briefly gone) rejects a promise no code handles, and Node's default for
 * that is to end the process, and with it every other request and job. Log it and keep serving; the job is retried
 * once it expires.
 */
export function keepRunningOnUnhandledRejection(log: (line: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    log(`[unhandled rejection, kept running] ${text.slice(0, 2000)}`);
  });
}

/** Parse the settings and make the role's logger; a bad setting is logged (as JSON) and ends the process. */
async function setUp(
  role: string,
): Promise<{ settings: Settings; log: Logger; ops: LoggerModule } | undefined> {
  const ops = await import('../../ops/logger.ts');
  const { parseSettings } = await import('../../settings/settings.ts');
  try {
    const settings = parseSettings(process.env);
    return { settings, log: ops.createLogger(settings.logLevel, role), ops };
  } catch (e) {
    ops.createLogger('info', role).fatal({ err: e }, (e as Error).message);
    process.exitCode = 1;
    return undefined;
  }
}

function fail(ops: LoggerModule, log: Logger, e: unknown): void {
  ops.startupLogger(log).fatal({ err: e }, `cannot start: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API, the web UI, the job worker and the scheduler in one process')
    .option('--demo', 'load the demo organisation (with its own demo accounts) into an empty database')
    .option('--no-ui', 'serve the API alone (no web UI); by default a missing UI build stops start-up')
    .action(async (opts: { demo?: boolean; ui: boolean }) => {
      const env = await setUp('serve');
      if (!env) return;
      keepRunningOnUnhandledRejection((l) => env.log.error(l));
      try {
        const { serve } = await import('../../server/serve.ts');
        const server = await serve(env.settings, { log: env.log, demo: opts.demo === true, ui: opts.ui });
        onShutdown(env.ops, env.log, () => server.close());
      } catch (e) {
        fail(env.ops, env.log, e);
      }
    });

  program
    .command('worker')
    .description('run job workers alone against the shared PostgreSQL (DATABASE_URL)')
    .option('--concurrency <n>', 'jobs run at once per job type', (v) => Number.parseInt(v, 10), 2)
    .action(async (opts: { concurrency: number }) => {
      const env = await setUp('worker');
      if (!env) return;
      keepRunningOnUnhandledRejection((l) => env.log.error(l));
      const { settings, log, ops } = env;
      try {
        const { JOBS } = await import('../../jobs/registry.ts');
        const { startWorker } = await import('../../jobs/worker.ts');
        const { enableProcessMetrics } = await import('../../ops/metrics.ts');
        const { startMetricsServer } = await import('../../ops/metrics-server.ts');
        if (settings.metricsPort !== undefined && settings.metricsToken === undefined)
          throw new Error(
            'METRICS_PORT is set but METRICS_TOKEN is not: metrics are only served with a token',
          );
        const running = await startWorker({
          databaseUrl: settings.databaseUrl,
          jobs: JOBS,
          schedules: [],
          pollingIntervalSeconds: 0.5,
          timeZone: settings.timeZone,
          concurrency: opts.concurrency,
          log,
        });
        enableProcessMetrics();
        if (settings.metricsPort !== undefined && settings.metricsToken === undefined)
          log.warn(
            'METRICS_PORT is set but METRICS_TOKEN is not: metrics are only served with a token, so not at all',
          );
        const metrics =
          settings.metricsPort !== undefined && settings.metricsToken !== undefined
            ? await startMetricsServer(settings.metricsPort, settings.metricsToken)
            : undefined;
        ops.startupLogger(log).info(
          {
            jobs: JOBS.map((j) => j.id),
            concurrency: opts.concurrency,
            ...(settings.metricsPort !== undefined ? { metricsPort: settings.metricsPort } : {}),
          },
          'zhijian worker running',
        );
        onShutdown(ops, log, async () => {
          metrics?.close();
          await running.stop();
        });
      } catch (e) {
        fail(ops, log, e);
      }
    });
}
