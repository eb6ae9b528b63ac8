// Declared jobs (house style §12): each job names its id, payload schema, handler and retry policy in one place.
import type { z } from 'zod';
import type { Store } from '../store/store.ts';

export interface RetryPolicy {
  /** Retries after the first attempt (0 = run once). */
  limit: number;
  /** Delay before a retry, in seconds. */
  delaySeconds: number;
  /** Exponential back-off with jitter from delaySeconds (pg-boss retryBackoff). */
  backoff: boolean;
}

export interface JobContext {
  readonly jobId: string;
  readonly store: Store;
  /** Enqueue follow-up work (e.g. one scoring job per ingested batch). */
  readonly queue: JobSender;
}

export interface JobSender {
  send<P>(job: JobDefinition<P>, payload: P, opts?: SendOptions): Promise<string | null>;
}

export interface SendOptions {
  /**
   * Deduplication key (pg-boss singletonKey). It only dedupes on queues whose job declares policy `short` (one
   * queued job per key) or `stately` (one queued and one active per key): a duplicate send then returns null.
   */
  singletonKey?: string;
  /** Do not start before this time. */
  startAfter?: Date;
}

/**
 * pg-boss queue policy. `standard`: every send is a job. `short`: at most one queued job per singleton key.
 * `singleton`: at most one active job per key. `stately`: at most one queued and one active per key. Under the
 * last three, jobs sent without a key share the empty key, so send keyed jobs to such queues.
 */
export type JobPolicy = 'standard' | 'short' | 'singleton' | 'stately';

export interface JobDefinition<P> {
  /** Queue name: lowercase, digits and dashes, e.g. `score-conversations`. */
  readonly id: string;
  readonly payload: z.ZodType<P>;
  readonly handler: (payload: P, ctx: JobContext) => Promise<void>;
  readonly retry: RetryPolicy;
  /** Longest run before the job counts as failed (default 15 minutes). */
  readonly expireInSeconds?: number;
  /** Default `standard`. */
  readonly policy?: JobPolicy;
}

/** A job whose payload type is erased, for registries and worker lists. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payload types differ per job; each validates its own
export type AnyJobDefinition = JobDefinition<any>;

const JOB_ID = /^[a-z][a-z0-9-]{1,62}$/;

export function defineJob<S extends z.ZodType>(def: {
  id: string;
  payload: S;
  handler: (payload: z.output<S>, ctx: JobContext) => Promise<void>;
  retry: RetryPolicy;
  expireInSeconds?: number;
  policy?: JobPolicy;
}): JobDefinition<z.output<S>> {
  if (!JOB_ID.test(def.id)) throw new Error(`job id "${def.id}" must match ${String(JOB_ID)}`);
  if (!Number.isInteger(def.retry.limit) || def.retry.limit < 0)
    throw new Error(`job ${def.id}: retry.limit`);
  if (!(def.retry.delaySeconds >= 0)) throw new Error(`job ${def.id}: retry.delaySeconds`);
  return def as JobDefinition<z.output<S>>;
}

/** Thrown (and recorded as the job's output) when a payload does not match its job's schema. */
export class InvalidJobPayloadError extends Error {
  readonly code = 'INVALID_JOB_PAYLOAD';
  constructor(
    readonly jobId: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `invalid payload for job ${jobId}: ${issues.map((i) => `${i.path || '(payload)'}: ${i.message}`).join('; ')}`,
    );
    this.name = 'InvalidJobPayloadError';
  }
}

export function parsePayload<P>(job: JobDefinition<P>, value: unknown): P {
  const r = job.payload.safeParse(value);
  if (r.success) return r.data;
  throw new InvalidJobPayloadError(
    job.id,
    r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  );
}
