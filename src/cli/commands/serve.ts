// `zhijian serve` and `zhijian worker`: the long-running roles of the program. Both log JSON lines only (pino, see
// src/ops/logger.ts), start-up failures included, so a log shipper reads every line alike.
import type { Command } from 'commander';
import { parseSettings, type Settings } from '../../settings/settings.ts';
import { serve } from '../../server/serve.ts';
import { JOBS } from '../../jobs/registry.ts';
import { startWorker } from '../../jobs/worker.ts';
import { ALL_JOBS } from '../../qa/jobs.ts';
import { createLogger, startupLogger, type Logger } from '../../ops/logger.ts';
import { enableProcessMetrics } from '../../ops/metrics.ts';
import { startMetricsServer } from '../../ops/metrics-server.ts';

/** Stop cleanly on Ctrl-C / SIGTERM: running jobs finish, the data folder's lock is released. */
function onShutdown(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    startupLogger(log).info({ signal }, `${signal}: shutting down`);
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

/** Parse the settings and make the role's logger; a bad setting is logged (as JSON) and ends the process. */
function setUp(role: string): { settings: Settings; log: Logger } | undefined {
  try {
    const settings = parseSettings(process.env);
    return { settings, log: createLogger(settings.logLevel, role) };
  } catch (e) {
    createLogger('info', role).fatal({ err: e }, (e as Error).message);
    process.exitCode = 1;
    return undefined;
  }
}

function fail(log: Logger, e: unknown): void {
  startupLogger(log).fatal({ err: e }, `cannot start: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API, the web UI, the job worker and the scheduler in one process')
    .option('--no-demo', 'do not load the demo organisation into an empty database')
    .option('--no-ui', 'serve the API alone (no web UI); by default a missing UI build stops start-up')
    .action(async (opts: { demo: boolean; ui: boolean }) => {
      const env = setUp('serve');
      if (!env) return;
      try {
        const server = await serve(env.settings, { log: env.log, demo: opts.demo, ui: opts.ui });
        onShutdown(env.log, () => server.close());
      } catch (e) {
        fail(env.log, e);
      }
    });

  program
    .command('worker')
    .description('run job workers alone against the shared PostgreSQL (DATABASE_URL)')
    .option('--concurrency <n>', 'jobs run at once per job type', (v) => Number.parseInt(v, 10), 2)
    .action(async (opts: { concurrency: number }) => {
      const env = setUp('worker');
      if (!env) return;
      const { settings, log } = env;
      try {
        if (settings.metricsPort !== undefined && settings.metricsToken === undefined)
          throw new Error(
            'METRICS_PORT is set but METRICS_TOKEN is not: metrics are only served with a token',
          );
        const running = await startWorker({
          databaseUrl: settings.databaseUrl,
          jobs: [...JOBS, ...ALL_JOBS],
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
        startupLogger(log).info(
          {
            jobs: [...JOBS, ...ALL_JOBS].map((j) => j.id),
            concurrency: opts.concurrency,
            ...(settings.metricsPort !== undefined ? { metricsPort: settings.metricsPort } : {}),
          },
          'zhijian worker running',
        );
        onShutdown(log, async () => {
          metrics?.close();
          await running.stop();
        });
      } catch (e) {
        fail(log, e);
      }
    });
}
