// The job queue: pg-boss 10 on the store's own database (product.md: "jobs on a real queue on the same database").
// On PostgreSQL pg-boss has its own small pool; on PGlite it shares the single embedded connection via an adapter.
import PgBoss from 'pg-boss';
import type { Store } from '../store/store.ts';
import { InvalidJobPayloadError, parsePayload } from './define.ts';
import type { AnyJobDefinition, JobDefinition, JobSender, SendOptions } from './define.ts';
import { pgliteBossDb } from './pglite-adapter.ts';
import { storableText } from '../core/text/storable.ts';

/** pg-boss keeps its tables in this schema, beside the application's `public`. */
export const BOSS_SCHEMA = 'pgboss';

export interface QueueHealth {
  ok: boolean;
  /** Jobs waiting to run (created or waiting for a retry). */
  queued: number;
  active: number;
  failed: number;
  error?: string;
}

export interface Queue extends JobSender {
  /** Start workers for these jobs in this process (one polling loop per job and per unit of concurrency). */
  work(jobs: readonly AnyJobDefinition[], opts?: { concurrency?: number }): Promise<void>;
  /** Run `job` on a cron schedule (5 fields, in the given zone); replaces an earlier schedule of the same job. */
  schedule<P>(job: JobDefinition<P>, cron: string, payload: P, opts?: { timeZone?: string }): Promise<void>;
  health(): Promise<QueueHealth>;
  /** Stop fetching, wait up to `timeoutMs` for running handlers, then close pg-boss's connections. */
  stop(opts?: { timeoutMs?: number }): Promise<void>;
  readonly boss: PgBoss;
}

export interface StartQueueOptions {
  /** How often an idle worker polls, in seconds (pg-boss minimum 0.5; default 2). */
  pollingIntervalSeconds?: number;
  /** Run pg-boss's cron clock in this process (default true). */
  schedule?: boolean;
  /** Receives errors pg-boss raises outside any job (lost connection, maintenance); default: console.error. */
  onError?: (err: Error) => void;
}

export async function startQueue(store: Store, opts: StartQueueOptions = {}): Promise<Queue> {
  const common = {
    schema: BOSS_SCHEMA,
    pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
    schedule: opts.schedule ?? true,
    supervise: true,
    migrate: true,
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
  const onError = opts.onError ?? ((err: Error) => console.error('[jobs]', err));
  // An EventEmitter 'error' without a listener would crash the process.
  boss.on('error', onError);
  await boss.start();

  const created = new Set<string>();
  const ensureQueue = async (job: AnyJobDefinition): Promise<void> => {
    if (created.has(job.id)) return;
    const options: PgBoss.Queue = {
      name: job.id,
      policy: job.policy ?? 'standard',
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff,
      expireInSeconds: job.expireInSeconds ?? 15 * 60,
    };
    await boss.createQueue(job.id, options);
    // A redeploy may change the policy of an existing queue: keep it in line with the definition.
    await boss.updateQueue(job.id, options);
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
            for (const j of batch) await runOne(store, boss, queue, job, j, onError);
          });
        }
      }
    },
    async schedule(job, cron, payload, schedOpts = {}) {
      const data = parsePayload(job, payload);
      await ensureQueue(job);
      await boss.schedule(job.id, cron, data as object, schedOpts.timeZone ? { tz: schedOpts.timeZone } : {});
    },
    health: () => bossHealth(boss),
    async stop(stopOpts = {}) {
      await boss.stop({ graceful: true, wait: true, timeout: stopOpts.timeoutMs ?? 30_000 });
    },
  };
  return queue;
}

async function runOne(
  store: Store,
  boss: PgBoss,
  queue: Queue,
  job: AnyJobDefinition,
  j: PgBoss.Job<unknown>,
  onError: (err: Error) => void,
): Promise<void> {
  let payload: unknown;
  try {
    payload = parsePayload(job, j.data);
  } catch (e) {
    if (!(e instanceof InvalidJobPayloadError)) throw e;
    // A payload that does not parse will not parse on a retry either: fail it for good, with the reason.
    await failWithoutRetry(boss, job.id, j.id, e);
    return;
  }
  try {
    await job.handler(payload, { jobId: j.id, store, queue });
  } catch (e) {
    // The failure is recorded here rather than thrown to pg-boss: pg-boss stores a thrown error with all its
    // properties (a PostgreSQL error carries the offending input in `where`/`detail`) and does not await that
    // write, so an error text the database itself refuses (a lone surrogate, a NUL) became an unhandled rejection
    // that ended the process, again on every retry. This output is a small, storable copy; when even the write
    // fails (database gone), the job stays active and pg-boss retries it once it expires.
    try {
      await boss.fail(job.id, j.id, jobErrorOutput(e));
    } catch (writeErr) {
      onError(
        new Error(
          `job ${job.id} ${j.id} failed and its failure could not be recorded: ${errorText(writeErr)}`,
        ),
      );
    }
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

/**
 * Mark an active job failed without consuming retries. pg-boss's own fail() always retries while retries remain,
 * so this writes its job table directly (schema of pg-boss 10); pg-boss's completion of the handler then finds the
 * job no longer active and leaves it alone.
 */
async function failWithoutRetry(
  boss: PgBoss,
  name: string,
  id: string,
  err: InvalidJobPayloadError,
): Promise<void> {
  const output = { name: err.name, code: err.code, message: err.message, issues: err.issues };
  await boss.getDb().executeSql(
    `UPDATE ${BOSS_SCHEMA}.job SET state = 'failed', completed_on = now(), output = $3::jsonb
       WHERE name = $1 AND id = $2::uuid AND state = 'active'`,
    [name, id, JSON.stringify(output)],
  );
}

/** Queue health for GET /api/health: job counts by state, or ok: false when the queue's database is unreachable. */
export function queueHealth(queue: Queue): Promise<QueueHealth> {
  return queue.health();
}

async function bossHealth(boss: PgBoss): Promise<QueueHealth> {
  try {
    const { rows } = await boss.getDb().executeSql(
      `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
                count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE state = 'failed')::int AS failed
         FROM ${BOSS_SCHEMA}.job`,
      [],
    );
    const r = (rows[0] ?? {}) as { queued?: number; active?: number; failed?: number };
    return { ok: true, queued: r.queued ?? 0, active: r.active ?? 0, failed: r.failed ?? 0 };
  } catch (e) {
    return { ok: false, queued: 0, active: 0, failed: 0, error: (e as Error).message };
  }
}
