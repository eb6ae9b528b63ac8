// Roles of one program (docs/product.md): `zhijian serve` runs HTTP + worker + scheduler on its store; `zhijian worker`
// runs workers alone against PostgreSQL, so a deployment can add workers on more machines. A PGlite folder has a
// single owner, the serve process, so a stand-alone worker without DATABASE_URL is refused.
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import type { AnyJobDefinition } from './define.ts';
import { JOBS, SCHEDULES } from './registry.ts';
import type { ScheduledJob } from './registry.ts';
import { startQueue } from './queue.ts';
import type { Queue, StartQueueOptions } from './queue.ts';

export class WorkerConfigError extends Error {
  readonly code = 'WORKER_NEEDS_POSTGRES';
  constructor() {
    super(
      'zhijian worker needs DATABASE_URL (PostgreSQL): the embedded database folder has a single owner, the ' +
        '`zhijian serve` process, which already runs the jobs. Set DATABASE_URL for serve and for every worker.',
    );
    this.name = 'WorkerConfigError';
  }
}

export interface RunningJobs {
  readonly store: Store;
  readonly queue: Queue;
  /** Stop the queue (waiting for running handlers), then close the store if this function opened it. */
  stop(): Promise<void>;
}

export interface WorkJobsOptions extends StartQueueOptions {
  jobs?: readonly AnyJobDefinition[];
  schedules?: readonly ScheduledJob[];
  /** Time zone of the cron schedules (ZHIJIAN_TZ). */
  timeZone?: string;
  concurrency?: number;
}

/** Start the queue on an open store, work every registered job and install the schedules (the serve role). */
export async function startJobs(store: Store, opts: WorkJobsOptions = {}): Promise<RunningJobs> {
  const queue = await startQueue(store, opts);
  try {
    await queue.work(opts.jobs ?? JOBS, { concurrency: opts.concurrency ?? 1 });
    for (const s of opts.schedules ?? SCHEDULES) {
      await queue.schedule(s.job, s.cron, s.payload, opts.timeZone ? { timeZone: opts.timeZone } : {});
    }
  } catch (e) {
    await queue.stop({ timeoutMs: 1000 });
    throw e;
  }
  return { store, queue, stop: () => queue.stop() };
}

/** The `zhijian worker` role: its own store on PostgreSQL, workers for every registered job, no HTTP. */
export async function startWorker(
  opts: WorkJobsOptions & { databaseUrl: string | undefined },
): Promise<RunningJobs> {
  if (!opts.databaseUrl) throw new WorkerConfigError();
  const store = await openStore({ databaseUrl: opts.databaseUrl, dataDir: '' });
  try {
    const running = await startJobs(store, opts);
    return {
      store,
      queue: running.queue,
      async stop() {
        try {
          await running.stop();
        } finally {
          await store.close();
        }
      },
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}
