// What every route may use. Built once by the server (or by a test) and passed in; routes hold no globals.
import type { Settings } from '../settings/settings.ts';
import type { Store } from '../store/index.ts';
import type { ThrottleState } from '../core/auth/login-throttle.ts';
import type { QueueHealth } from '../jobs/queue.ts';
import type { JobSender } from '../jobs/define.ts';
import type { OidcClient } from '../auth/oidc.ts';

export interface AppContext {
  store: Store;
  settings: Settings;
  /** The clock, injected so tests pin time. */
  now(): Date;
  /** Queue probe for /api/health; null when this process runs no queue. */
  queueHealth: (() => Promise<QueueHealth>) | null;
  /** Sends background jobs (ingest chunks, re-scores); absent when this process runs no queue. */
  jobs?: JobSender | null;
  /** Operational warnings shown by GET /api/ready without failing it (e.g. next year's holidays missing). */
  readinessWarnings?: () => Promise<string[]>;
  /** Login failures per username and per client address (in-memory: one server owns its logins). */
  loginThrottle: { state: ThrottleState };
  /** Single sign-on through the enterprise directory (settings.oidc); absent or null when SSO is off. */
  oidc?: OidcClient | null;
}
