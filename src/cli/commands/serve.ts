// `zhijian serve` and `zhijian worker`: the long-running roles of the program.
import type { Command } from 'commander';
import { parseSettings } from '../../settings/settings.ts';
import { serve } from '../../server/serve.ts';
import { JOBS } from '../../jobs/registry.ts';
import { startWorker } from '../../jobs/worker.ts';
import { ALL_JOBS } from '../../qa/jobs.ts';

/** Stop cleanly on Ctrl-C / SIGTERM: running jobs finish, the data folder's lock is released. */
function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: shutting down…\n`);
    stop().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`shutdown failed: ${String(e)}\n`);
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

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API, the web UI, the job worker and the scheduler in one process')
    .option('--demo', 'load the demo organisation (with its own demo accounts) into an empty database')
    .action(async (opts: { demo?: boolean }) => {
      const settings = parseSettings(process.env);
      keepRunningOnUnhandledRejection((l) => console.error(l));
      const server = await serve(settings, { print: (l) => console.log(l), demo: opts.demo === true });
      onShutdown(() => server.close());
    });

  program
    .command('worker')
    .description('run job workers alone against the shared PostgreSQL (DATABASE_URL)')
    .option('--concurrency <n>', 'jobs run at once per job type', (v) => Number.parseInt(v, 10), 2)
    .action(async (opts: { concurrency: number }) => {
      const settings = parseSettings(process.env);
      keepRunningOnUnhandledRejection((l) => console.error(l));
      const running = await startWorker({
        databaseUrl: settings.databaseUrl,
        jobs: [...JOBS, ...ALL_JOBS],
        schedules: [],
        pollingIntervalSeconds: 0.5,
        timeZone: settings.timeZone,
        concurrency: opts.concurrency,
      });
      console.log(`zhijian worker running ${[...JOBS, ...ALL_JOBS].map((j) => j.id).join(', ')}`);
      onShutdown(() => running.stop());
    });
}
