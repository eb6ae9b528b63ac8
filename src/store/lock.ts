// Exactly one process owns a PGlite data folder (docs/deploy.md): two
// embedded Postgres instances writing the same files would corrupt it. The owner holds `zhijian.lock`, created
// atomically (O_EXCL) with its pid, host and start time; a second process gets DataDirLockedError and never opens
// the database. A lock left by a dead process is taken over.
import { closeSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'zhijian.lock';

const lockContentSchema = z.object({ pid: z.number().int(), host: z.string(), startedAt: z.string() });
export type LockContent = z.infer<typeof lockContentSchema>;

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly owner: LockContent,
  ) {
    const where = owner.host === hostname() ? '' : ` on host ${owner.host}`;
    super(
      `data folder ${dataDir} is in use by process ${owner.pid}${where} (started ${owner.startedAt}); ` +
        'stop it or set DATA_DIR to another folder',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** Lock files held by this process, so opening the same folder twice in one process is refused as well. */
const heldHere = new Set<string>();

/** `dataDir` must exist. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  // The real path keys the in-process registry, so `./data` and `/srv/zhijian/data` are one folder.
  const path = join(realpathSync(dataDir), LOCK_FILE);
  const mine: LockContent = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const text = JSON.stringify(mine);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      if (!isErrno(e, 'EEXIST')) throw e;
      const owner = readLock(path);
      // Unreadable content means a writer died between create and write; treat as stale like a dead pid.
      if (owner && (heldHere.has(path) || attempt > 0 || isOwnerAlive(owner))) {
        throw new DataDirLockedError(dataDir, owner);
      }
      if (!owner && attempt > 0)
        throw new DataDirLockedError(dataDir, { pid: -1, host: '?', startedAt: '?' });
      removeQuietly(path);
    }
  }
  heldHere.add(path);
  const release = (): void => {
    if (!heldHere.delete(path)) return;
    // Remove the file only if it is still ours (never delete a lock another process took over).
    const current = readLock(path);
    if (current && current.pid === mine.pid && current.startedAt === mine.startedAt) removeQuietly(path);
  };
  const onExit = (): void => release();
  const onSignal = (signal: NodeJS.Signals): void => {
    release();
    // Only when nobody else handles the signal do we restore its default effect (terminate). When the application
    // has its own handler (graceful shutdown), it stays in charge and closes the store itself.
    if (process.listenerCount(signal) === 1) {
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    }
  };
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    path,
    release() {
      release();
      process.removeListener('exit', onExit);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}

function readLock(path: string): LockContent | undefined {
  try {
    const r = lockContentSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** Alive = same host and the pid runs a process that started no later than the lock was written. */
function isOwnerAlive(owner: LockContent): boolean {
  // Another host sharing the folder cannot be probed: assume alive rather than risk corruption.
  if (owner.host !== hostname()) return true;
  // Our own pid in a lock we do not hold: a container restart reused the pid; the previous owner is gone.
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    if (isErrno(e, 'ESRCH')) return false;
    // EPERM: a process of another user holds that pid; it is alive.
  }
  const started = processStartMs(owner.pid);
  const lockedAt = Date.parse(owner.startedAt);
  // A process that started after the lock was written cannot be its writer: the pid was recycled.
  if (started !== undefined && Number.isFinite(lockedAt) && started > lockedAt + 2000) return false;
  return true;
}

/** Start time of a process from /proc (Linux); undefined elsewhere. */
function processStartMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, clock ticks since boot) follows the parenthesised command name, which may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    if (!Number.isFinite(ticks) || btime === undefined) return undefined;
    // USER_HZ is 100 on every Linux architecture Node supports.
    return Number(btime) * 1000 + (ticks / 100) * 1000;
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if (!isErrno(e, 'ENOENT')) throw e;
  }
}

function isErrno(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === code;
}
