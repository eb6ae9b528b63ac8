// `zhijian serve` as a child process, the way the benchmarks that measure the real server start it (bench:api,
// bench:live, bench:upload): its output collected, its URL read from the line it prints, SIGTERM (then SIGKILL)
// to stop it.
import { spawn } from 'node:child_process';

export interface ServeChild {
  url: string;
  pid: number;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  signal: (name: NodeJS.Signals) => void;
  stop: () => Promise<void>;
}

export async function startServe(o: {
  /** The launcher to run (bin/zhijian.js of this checkout or of a baseline build). */
  bin: string;
  cwd: string;
  env: Record<string, string>;
  /** Arguments for node before the launcher. */
  nodeArgs?: readonly string[];
  /** Arguments after `serve`. */
  args?: readonly string[];
  /** Started once this holds of the output as well (default: the URL is printed). */
  ready?: (output: string) => boolean;
  /** How long start-up may take (pending migrations on a million rows take minutes). */
  timeoutMs?: number;
}): Promise<ServeChild> {
  const child = spawn(
    process.execPath,
    [...(o.nodeArgs ?? []), o.bin, 'serve', '--no-ui', ...(o.args ?? [])],
    {
      cwd: o.cwd,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...o.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  let exited = false;
  const exit = new Promise<void>((done) => child.once('exit', () => ((exited = true), done())));
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(t);
  };
  const end = Date.now() + (o.timeoutMs ?? 300_000);
  for (;;) {
    const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
    if (m && (o.ready === undefined || o.ready(out)))
      return {
        url: m[0],
        pid: child.pid!,
        output: () => out,
        signal: (name) => void child.kill(name),
        stop,
      };
    if (exited || Date.now() > end) {
      await stop();
      throw new Error(`zhijian serve did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
