// Start the real zhijian server as a child process for browser journeys: a free port, a fresh temporary
// database folder, a known admin password. Resolves once the server prints its URL (it is ready then).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface StartedServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  adminUsername: string;
  adminPassword: string;
  /** The password of a demo account as printed once at first start (the admin's for `admin`). */
  passwordOf: (username: string) => string;
  dataDir: string;
  /** Everything the server printed so far (stdout + stderr), for failure messages. */
  output: () => string;
  /** Stop the server (SIGTERM, then SIGKILL after a grace period) and delete its data folder. */
  stop: () => Promise<void>;
}

export interface StartServerOptions {
  /** Extra environment; PORT, DATA_DIR, ZHIJIAN_ADMIN_PASSWORD and LOG_LEVEL are set unless given here. */
  env?: Record<string, string>;
  /** Milliseconds to wait for the URL line; the first start migrates and loads the demo data. */
  timeoutMs?: number;
}

const URL_PATTERN = /http:\/\/[\w.-]+:\d+/;

// A first start with --demo loads the organisation and walks every workflow once (src/demo/workflows.ts) before it
// listens: about a minute on an idle machine, well over two on CI's two busy cores.
const START_TIMEOUT_MS = 240_000;

export async function startServer(opts: StartServerOptions = {}): Promise<StartedServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'zhijian-browser-'));
  const adminPassword = `pw-${randomBytes(9).toString('base64url')}`;
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/zhijian.js'), 'serve', '--demo'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ZHIJIAN_ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stopping = false;
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((done) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      // a server dying mid-journey explains every later failure: say so, with what it printed
      if (!stopping)
        console.error(`zhijian serve exited unexpectedly (code ${code}, signal ${signal}):\n${output}`);
      done();
    }),
  );

  const stop = async () => {
    stopping = true;
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exitPromise;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(
          `zhijian serve printed no URL within ${opts.timeoutMs ?? START_TIMEOUT_MS} ms. Output:\n${output}`,
        ),
      );
    }, opts.timeoutMs ?? START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = URL_PATTERN.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `zhijian serve exited (code ${code}, signal ${signal}) before printing its URL. Output:\n${output}`,
        ),
      );
    });
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });

  const passwordOf = (username: string): string => {
    if (username === 'admin') return adminPassword;
    // src/server/serve.ts logs each demo account as a JSON line {"demoAccount": {username, role, password}}
    let password: string | undefined;
    for (const line of output.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        const account = (JSON.parse(line) as { demoAccount?: { username: string; password: string } })
          .demoAccount;
        if (account?.username === username) password = account.password;
      } catch {
        // not a log line
      }
    }
    if (!password) throw new Error(`no demo password printed for ${username}. Output:\n${output}`);
    return password;
  };
  return { url, adminUsername: 'admin', adminPassword, passwordOf, dataDir, output: () => output, stop };
}

interface Health {
  ok: boolean;
  queue?: { queued?: number; active?: number };
}

/**
 * Wait until the job queue has nothing queued or running (e.g. the demo conversations are all scored), so a
 * journey sees settled data. Polls GET /api/health, which needs no login.
 */
export async function waitForQueueIdle(baseUrl: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let idleSeen = 0;
  while (Date.now() < deadline) {
    const res = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (res) {
      const body = (await res.json().catch(() => null)) as Health | null;
      last = JSON.stringify(body);
      const q = body?.queue;
      // two idle answers in a row: a job may enqueue its follow-up between polls
      if (q && (q.queued ?? 0) === 0 && (q.active ?? 0) === 0) {
        if (++idleSeen >= 2) return;
      } else idleSeen = 0;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`job queue still busy after ${timeoutMs} ms; last health: ${last}`);
}
