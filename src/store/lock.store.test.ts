// One owner per PGlite data folder, checked with real second processes.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE } from './lock.ts';
import { openStore } from './open-store.ts';

const CHILD = fileURLToPath(new URL('./testing/lock-child.ts', import.meta.url));
const dirs: string[] = [];
let template = '';

// Creating a PGlite cluster (initdb) costs seconds of CPU: make one and copy it for each case.
beforeAll(async () => {
  template = mkdtempSync(join(tmpdir(), 'zhijian-lock-template-'));
  await (await openStore({ dataDir: template })).close();
});

afterAll(() => rmSync(template, { recursive: true, force: true }));

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'zhijian-lock-'));
  cpSync(template, d, { recursive: true });
  dirs.push(d);
  return d;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function runChild(dir: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dir, 'once'], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A pid that certainly belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

describe('PGlite data folder lock', () => {
  it('refuses a second process while the first one holds the folder', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    try {
      const child = runChild(dir);
      expect(child.status).toBe(3);
      expect(child.stdout).not.toContain('opened');
      expect(child.stderr).toContain(`data folder ${dir} is in use by process ${process.pid} (started `);
      expect(child.stderr).toContain('stop it or set DATA_DIR to another folder');
      // The same process opening the folder twice is refused too.
      await expect(openStore({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(openStore({ dataDir: relative(process.cwd(), dir) })).rejects.toBeInstanceOf(
        DataDirLockedError,
      );
    } finally {
      await store.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(runChild(dir)).toMatchObject({ status: 0, stdout: 'opened\n' });
  });

  it('takes over a stale lock left by a dead process', async () => {
    const dir = tempDir();
    const stale = { pid: deadPid(), host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    const store = await openStore({ dataDir: dir });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  });

  it('releases the lock when the owner is stopped with SIGTERM, and recovers after SIGKILL', async () => {
    const dir = tempDir();
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, 'hold'], { stdio: 'pipe' });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (b: Buffer) => b.toString().includes('opened') && resolve());
        child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
      });
      const err = await openStore({ dataDir: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as DataDirLockedError).owner.pid).toBe(child.pid);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill(signal);
      await exited;
      // SIGTERM: the child removed its lock. SIGKILL: the lock stays, but its pid is dead, so it is taken over.
      expect(existsSync(join(dir, LOCK_FILE))).toBe(signal === 'SIGKILL');
      const store = await openStore({ dataDir: dir });
      await store.close();
    }
  });
});
