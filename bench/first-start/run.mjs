// `npm run bench:first-start [-- --repo PATH --port 3999 --json]`: what a new user waits for, from a fresh clone to a
// usable dashboard, through the README's own two commands. Clones the repository (this checkout by default) into a
// temporary folder, runs `npm ci` and `npm start` (embedded database, demo data), waits for the printed URL and the
// admin's first-start password, logs in with Debian's Chromium (playwright-core, as the browser tests do) and waits
// for the overview's first chart. Prints each step's elapsed seconds as a table, or JSON with --json.
// `npm ci` reads the machine's npm cache: a warm cache makes it faster than on a machine that never installed it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    repo: { type: 'string', default: resolve(import.meta.dirname, '../..') },
    port: { type: 'string', default: '3999' },
    json: { type: 'boolean', default: false },
  },
});
const dir = mkdtempSync(join(tmpdir(), 'zhijian-first-start-'));
const checkout = join(dir, 'zhijian');
const t0 = Date.now();
const steps = [];
const lap = (step) => steps.push({ step, seconds: Number(((Date.now() - t0) / 1000).toFixed(1)) });

let server;
let browser;
try {
  execFileSync('git', ['clone', '-q', values.repo, checkout]);
  lap('git clone');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: checkout, stdio: 'ignore' });
  lap('npm ci');
  server = spawn('npm', ['start'], {
    cwd: checkout,
    env: { ...process.env, PORT: values.port, DATA_DIR: join(checkout, 'data') },
    detached: true,
  });
  let out = '';
  const { url, password } = await new Promise((done, fail) => {
    const read = (b) => {
      out += b;
      const url = /https?:\/\/[^\s"]+:\d+/.exec(out)?.[0];
      const password = /created user \\?"admin\\?" with password (\S+)/.exec(out)?.[1];
      if (url && password) done({ url, password });
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => fail(new Error(`npm start exited (${code}):\n${out.slice(-2000)}`)));
  });
  lap('npm start: URL and passwords printed');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  const page = await (
    await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } })
  ).newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 60_000 });
  await page.locator('.ant-layout-content canvas').first().waitFor({ timeout: 120_000 });
  lap('dashboard with its charts');
} finally {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(dir, { recursive: true, force: true });
}

if (values.json) console.log(JSON.stringify({ steps }, null, 2));
else {
  console.log('step                                      elapsed s');
  for (const s of steps) console.log(`${s.step.padEnd(40)} ${String(s.seconds).padStart(9)}`);
}
