// Prometheus metrics of this process (prom-client): HTTP requests and latencies, jobs completed / failed and their
// durations, conversations scored (the scoring throughput), live calls (opened, ended, held now; segments checked
// and how long a check takes; alerts raised), and, where a queue is attached, the queue depth read
// through pg-boss's API at scrape time. One registry per process: `serve` exposes it at GET /metrics, a stand-alone
// `zhijian worker` on METRICS_PORT (src/ops/metrics-server.ts); both require METRICS_TOKEN (docs/deploy.md).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();

let processMetrics = false;
/** CPU, memory, event-loop lag and GC of this process (prom-client's defaults), registered once. */
export function enableProcessMetrics(): void {
  if (processMetrics) return;
  processMetrics = true;
  collectDefaultMetrics({ register: registry, prefix: 'zhijian_' });
}

export const httpRequests = new Counter({
  name: 'zhijian_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'zhijian_http_request_duration_seconds',
  help: 'HTTP response time by method and route pattern',
  labelNames: ['method', 'route'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const jobsCompleted = new Counter({
  name: 'zhijian_jobs_completed_total',
  help: 'Jobs this process ran to completion, by job',
  labelNames: ['job'] as const,
  registers: [registry],
});

export const jobsFailed = new Counter({
  name: 'zhijian_jobs_failed_total',
  help: 'Job attempts that failed in this process (each retry counts), by job',
  labelNames: ['job'] as const,
  registers: [registry],
});

export const jobDuration = new Histogram({
  name: 'zhijian_job_duration_seconds',
  help: 'Run time of a job attempt, by job',
  labelNames: ['job'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
  registers: [registry],
});

export const conversationsScored = new Counter({
  name: 'zhijian_conversations_scored_total',
  help: 'Conversation versions scored and saved by this process, by source (new conversations or a re-score)',
  labelNames: ['source'] as const,
  registers: [registry],
});

export const liveCalls = new Counter({
  name: 'zhijian_live_calls_total',
  help: 'Live calls opened and ended through this process (docs/product.md "Live calls")',
  labelNames: ['event'] as const,
  registers: [registry],
});

export const liveSegments = new Counter({
  name: 'zhijian_live_segments_total',
  help: 'Live transcript segments received by this process, partial (shown only) or final (stored and checked)',
  labelNames: ['final'] as const,
  registers: [registry],
});

export const liveCheckDuration = new Histogram({
  name: 'zhijian_live_segment_check_seconds',
  help: 'Time from a final live segment received to its hits checked, alerts stored and the wall told',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

export const liveAlertsRaised = new Counter({
  name: 'zhijian_live_alerts_total',
  help: 'Live alerts raised by this process, by severity',
  labelNames: ['severity'] as const,
  registers: [registry],
});

let liveHeldSource: (() => number) | undefined;

/** The live calls this process holds in memory now (its live hub), read at scrape time. */
export function setLiveCallsHeldSource(source: (() => number) | undefined): void {
  liveHeldSource = source;
}

new Gauge({
  name: 'zhijian_live_calls_held',
  help: 'Live calls this process holds in memory now (open calls whose segments it has seen)',
  registers: [registry],
  collect() {
    this.set(liveHeldSource ? liveHeldSource() : 0);
  },
});

export interface QueueDepth {
  queue: string;
  queued: number;
  active: number;
}

let depthSource: (() => Promise<readonly QueueDepth[]>) | undefined;

/** The queue whose depth is reported at scrape time (serve's own queue; every worker shares its database). */
export function setQueueDepthSource(source: (() => Promise<readonly QueueDepth[]>) | undefined): void {
  depthSource = source;
}

new Gauge({
  name: 'zhijian_job_queue_depth',
  help: 'Jobs waiting (queued: created or waiting for a retry) and running (active), by queue',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    if (!depthSource) return;
    for (const d of await depthSource()) {
      this.set({ queue: d.queue, state: 'queued' }, d.queued);
      this.set({ queue: d.queue, state: 'active' }, d.active);
    }
  },
});

/** True when `header` carries `Bearer <token>` (constant-time comparison of equal-length strings). */
export function metricsAuthorized(header: string | undefined, token: string): boolean {
  const expected = `Bearer ${token}`;
  if (header === undefined || header.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= header.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}
