// `zhijian serve` and `zhijian worker`: the long-running roles of the program.
// The roles' modules (fastify, pg-boss, PGlite…) are imported inside the actions, so that the other commands
// (`check`, `--version`) do not pay for loading them at start-up.
import type { Command } from 'commander';

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

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API, the web UI, the job worker and the scheduler in one process')
    .option('--no-demo', 'do not load the demo organisation into an empty database')
    .action(async (opts: { demo: boolean }) => {
      const { parseSettings } = await import('../../settings/settings.ts');
      const { serve } = await import('../../server/serve.ts');
      const settings = parseSettings(process.env);
      const server = await serve(settings, { print: (l) => console.log(l), demo: opts.demo });
      onShutdown(() => server.close());
    });

  program
    .command('worker')
    .description('run job workers alone against the shared PostgreSQL (DATABASE_URL)')
    .option('--concurrency <n>', 'jobs run at once per job type', (v) => Number.parseInt(v, 10), 2)
    .action(async (opts: { concurrency: number }) => {
      const { parseSettings } = await import('../../settings/settings.ts');
      const { JOBS } = await import('../../jobs/registry.ts');
      const { startWorker } = await import('../../jobs/worker.ts');
      const { ALL_JOBS } = await import('../../qa/jobs.ts');
      const settings = parseSettings(process.env);
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
