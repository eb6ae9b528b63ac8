// The job queue: pg-boss 10 on the store's own database (ARCHITECTURE.md: jobs on a real queue in the same database).
// On PostgreSQL pg-boss has its own small pool; on PGlite it shares the single embedded connection via an adapter.
import PgBoss from 'pg-boss';
import { jobDuration, jobsCompleted, jobsFailed, type QueueDepth } from '../ops/metrics.ts';
import type { Store } from '../store/store.ts';
import { InvalidJobPayloadError, parsePayload } from './define.ts';
import type { AnyJobDefinition, JobDefinition, JobSender, SendOptions } from './define.ts';
import { pgliteBossDb } from './pglite-adapter.ts';
import { storableText } from '../core/text/storable.ts';
import { createLogger } from '../ops/logger.ts';

/** pg-boss keeps its tables in this schema, beside the application's `public`. */
export const BOSS_SCHEMA = 'pgboss';

export interface QueueHealth {
  ok: boolean;
  /** Jobs waiting to run (created or waiting for a retry), over this program's queues. */
  queued: number;
  active: number;
  /** Job attempts that failed in this process since it started (pg-boss 10 has no API counting failed jobs). */
  failed: number;
  /** Why the queue is not ok; for logs and authenticated callers, never sent to anonymous ones. */
  error?: string;
}

export interface Queue extends JobSender {
  /** Start workers for these jobs in this process (one polling loop per job and per unit of concurrency). */
  work(jobs: readonly AnyJobDefinition[], opts?: { concurrency?: number }): Promise<void>;
  /** Run `job` on a cron schedule (5 fields, in the given zone); replaces an earlier schedule of the same job. */
  schedule<P>(job: JobDefinition<P>, cron: string, payload: P, opts?: { timeZone?: string }): Promise<void>;
  /** Remove the cron schedule of `job`, if any (a setting that turned a scheduled job off). */
  unschedule(job: AnyJobDefinition): Promise<void>;
  health(): Promise<QueueHealth>;
  /** Waiting and running jobs per queue this program declared (pg-boss getQueueSize). */
  depth(): Promise<QueueDepth[]>;
  /** Stop fetching, wait up to `timeoutMs` for running handlers, then close pg-boss's connections. */
  stop(opts?: { timeoutMs?: number }): Promise<void>;
  readonly boss: PgBoss;
}

export interface StartQueueOptions {
  /** How often an idle worker polls, in seconds (pg-boss minimum 0.5; default 2). */
  pollingIntervalSeconds?: number;
  /** Run pg-boss's cron clock in this process (default true). */
  schedule?: boolean;
  /** Receives errors pg-boss raises outside any job (lost connection, maintenance); default: logged. */
  onError?: (err: Error) => void;
  /** Where job failures and queue errors are logged (JSON lines); default: a logger at `info` on stdout. */
  log?: JobLog;
}

/** The part of a pino logger the queue uses (object first, then the message). */
export interface JobLog {
  error(obj: object, msg: string): void;
}

/**
 * How often pg-boss's supervisor fails expired active jobs into their retry. pg-boss 10 has no heartbeat: a job
 * whose worker was killed stays active until its `expireInSeconds` passes and the next supervision finds it, so
 * both are kept short (jobs declare expiries of a few minutes; the default interval, 2 minutes, is halved twice).
 */
export const SUPERVISE_INTERVAL_SECONDS = 30;

export async function startQueue(store: Store, opts: StartQueueOptions = {}): Promise<Queue> {
  const common = {
    schema: BOSS_SCHEMA,
    pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
    schedule: opts.schedule ?? true,
    supervise: true,
    migrate: true,
    maintenanceIntervalSeconds: SUPERVISE_INTERVAL_SECONDS,
  };
  const boss =
    store.driver.kind === 'pglite'
      ? new PgBoss({ ...common, db: pgliteBossDb(store.driver.client) })
      : new PgBoss({
          ...common,
          connectionString: store.driver.databaseUrl,
          max: 4,
          application_name: 'zhijian-jobs',
        });
  const log = opts.log ?? createLogger('info', 'jobs');
  const onError = opts.onError ?? ((err: Error) => log.error({ err }, 'job queue error'));
  // An EventEmitter 'error' without a listener would crash the process.
  boss.on('error', onError);
  await boss.start();

  const created = new Set<string>();
  const failures = { count: 0 };
  const ensureQueue = async (job: AnyJobDefinition): Promise<void> => {
    if (created.has(job.id)) return;
    const options: PgBoss.Queue = {
      name: job.id,
      policy: job.policy ?? 'standard',
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff,
      expireInSeconds: job.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
    };
    // Two processes starting on a new database (a worker and the server, or two workers) create the same queues
    // at once, and pg-boss's create_queue can deadlock against itself then (measured: one of two workers started
    // together exited with "deadlock detected"). The loser retries: by then the queue exists and creating it is a
    // no-op.
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.createQueue(job.id, options);
        // A redeploy may change the policy of an existing queue: keep it in line with the definition.
        await boss.updateQueue(job.id, options);
        break;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if ((code !== '40P01' && code !== '23505') || attempt >= 5) throw e;
        await new Promise((r) => setTimeout(r, 50 + Math.floor(Math.random() * 200) * attempt));
      }
    }
    created.add(job.id);
  };

  const queue: Queue = {
    boss,
    async send(job, payload, sendOpts: SendOptions = {}) {
      // Reject a bad payload at the sender, where the mistake is, rather than as a failed job later.
      const data = parsePayload(job, payload);
      await ensureQueue(job);
      return boss.send(job.id, data as object, {
        ...(sendOpts.singletonKey === undefined ? {} : { singletonKey: sendOpts.singletonKey }),
        ...(sendOpts.startAfter === undefined ? {} : { startAfter: sendOpts.startAfter }),
      });
    },
    async work(jobs, workOpts = {}) {
      for (const job of jobs) {
        await ensureQueue(job);
        for (let i = 0; i < (workOpts.concurrency ?? 1); i++) {
          await boss.work(job.id, { batchSize: 1 }, async (batch) => {
            for (const j of batch) await runOne(store, boss, queue, job, j, { log, failures, onError });
          });
        }
      }
    },
    async schedule(job, cron, payload, schedOpts = {}) {
      const data = parsePayload(job, payload);
      await ensureQueue(job);
      await boss.schedule(job.id, cron, data as object, schedOpts.timeZone ? { tz: schedOpts.timeZone } : {});
    },
    async unschedule(job) {
      await boss.unschedule(job.id);
    },
    health: () => bossHealth(queue, failures.count),
    async depth() {
      const names = [...created];
      return Promise.all(
        names.map(async (name) => {
          const queued = (await boss.getQueueSize(name)) ?? 0;
          const notDone = (await boss.getQueueSize(name, { before: 'completed' })) ?? 0;
          return { queue: name, queued, active: Math.max(0, notDone - queued) };
        }),
      );
    },
    async stop(stopOpts = {}) {
      await boss.stop({ graceful: true, wait: true, timeout: stopOpts.timeoutMs ?? 30_000 });
    },
  };
  return queue;
}

/** Expiry of a job without its own: pg-boss's supervisor hands a dead worker's job to another after this. */
export const DEFAULT_EXPIRE_SECONDS = 5 * 60;

/**
 * Run one job attempt: parse the payload, run the handler, count and time it, and log a failure with its error
 * before pg-boss records it (and retries it by the queue's policy). A payload that does not parse fails the
 * attempt without calling the handler; it is retried like any failure, since pg-boss 10 offers no API to fail a
 * job for good and its tables are not ours to write (the retries cost one parse each).
 */
async function runOne(
  store: Store,
  boss: PgBoss,
  queue: Queue,
  job: AnyJobDefinition,
  j: PgBoss.Job<unknown>,
  report: { log: JobLog; failures: { count: number }; onError: (err: Error) => void },
): Promise<void> {
  const stopTimer = jobDuration.startTimer({ job: job.id });
  try {
    const payload: unknown = parsePayload(job, j.data);
    await job.handler(payload, { jobId: j.id, store, queue });
    jobsCompleted.inc({ job: job.id });
  } catch (e) {
    report.failures.count++;
    jobsFailed.inc({ job: job.id });
    report.log.error(
      { err: e, job: job.id, jobId: j.id, invalidPayload: e instanceof InvalidJobPayloadError },
      `job ${job.id} failed: ${errorText(e)}`,
    );
    // The failure is recorded here rather than thrown to pg-boss: pg-boss stores a thrown error with all its
    // properties (a PostgreSQL error carries the offending input in `where`/`detail`) and does not await that
    // write, so an error text the database itself refuses (a lone surrogate, a NUL) became an unhandled rejection
    // that ended the process, again on every retry. This output is a small, storable copy; when even the write
    // fails (database gone), the job stays active and pg-boss retries it once it expires.
    try {
      await boss.fail(job.id, j.id, jobErrorOutput(e));
    } catch (writeErr) {
      report.onError(
        new Error(
          `job ${job.id} ${j.id} failed and its failure could not be recorded: ${errorText(writeErr)}`,
        ),
      );
    }
  } finally {
    stopTimer();
  }
}

const MAX_ERROR_TEXT = 2000;

function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return storableText(text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT)}…` : text);
}

/** What a failed job records: name, code and message only, each safe to store as jsonb. */
export function jobErrorOutput(e: unknown): { name: string; message: string; code?: string } {
  const name = e instanceof Error ? storableText(e.name).slice(0, 100) : 'Error';
  const code = (e as { code?: unknown } | null)?.code;
  return {
    name,
    message: errorText(e),
    ...(typeof code === 'string' ? { code: storableText(code).slice(0, 100) } : {}),
  };
}

/** Queue health for GET /api/health: job counts by state, or ok: false when the queue's database is unreachable. */
export function queueHealth(queue: Queue): Promise<QueueHealth> {
  return queue.health();
}

async function bossHealth(queue: Queue, failed: number): Promise<QueueHealth> {
  try {
    const depth = await queue.depth();
    // A round trip even when no queue was declared yet, so an unreachable database shows.
    await queue.boss.getQueues();
    return {
      ok: true,
      queued: depth.reduce((n, d) => n + d.queued, 0),
      active: depth.reduce((n, d) => n + d.active, 0),
      failed,
    };
  } catch (e) {
    return { ok: false, queued: 0, active: 0, failed, error: (e as Error).message };
  }
}
