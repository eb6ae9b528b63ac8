// Every screen as every role, on the real server with the demo organisation: each demo account logs in, opens
// every entry of its own menu (no uncaught error, no error box, and no API answer of 403 or 5xx behind a screen
// the menu offers it), then types the address of every screen its menu leaves out (no uncaught error, no 5xx, and
// no rows of data unless the API lets the role read them). The screen × role table is written to
// test-artifacts/role-tour.md: what each role sees on each screen (rows shown, or 无权限 / 无菜单).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page, Request, Response } from 'playwright-core';
import {
  browserUnavailable,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser.ts';
import { loginAs } from './support/journeys.ts';
import { REPO_ROOT, startServer, waitForQueueIdle } from './support/server.ts';
import type { StartedServer } from './support/server.ts';

const unavailable = browserUnavailable();

/** One demo account per role (README "Demo accounts"). */
const ACCOUNTS = [
  ['admin', 'admin'],
  ['qalead', 'qa_lead'],
  ['qa01', 'qa_inspector'],
  ['tl01', 'team_leader'],
  ['pm01', 'vendor_manager'],
  ['cd01', 'complaint_desk'],
  ['a001', 'agent'],
  ['bo01', 'branch'],
  ['ex01', 'expert_seat'],
] as const;

/** Every top-level screen of the web client (web/src/App.tsx), detail pages aside. */
const SCREENS = [
  '/overview',
  '/me',
  '/conversations',
  '/rules',
  '/review',
  '/appeals',
  '/kpi',
  '/settlements',
  '/settlement-inputs',
  '/kpi-policies',
  '/calendar',
  '/complaints',
  '/callbacks',
  '/discipline',
  '/work-orders',
  '/branch-evaluation',
  '/import',
  '/sampling',
  '/telephony',
  '/live',
  '/calibration',
  '/users',
  '/organisation',
  '/tokens',
  '/audit',
  '/webhooks',
  '/notifications',
  '/coaching',
  '/ideas',
  '/reports',
] as const;

interface Visit {
  inMenu: boolean;
  rows: number;
  forbidden: boolean;
  errorBox: boolean;
  /** API answers of 403 or 5xx while the screen loaded. */
  refused: string[];
  failed: string[];
}

describe.skipIf(unavailable !== null)('every screen as every role (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  const table = new Map<string, Map<string, Visit>>();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await waitForQueueIdle(server.url);
  }, 300_000);

  afterAll(async () => {
    writeTable(table);
    await browser?.close();
    await server?.stop();
  });

  /** Open one screen and read what it shows once its requests have settled. */
  async function visit(page: Page, path: string, inMenu: boolean): Promise<Visit> {
    const refused: string[] = [];
    const failed: string[] = [];
    // Only this visit's own requests count: a request of the screen before (a refused one, on a hidden screen)
    // could be answered after this visit began and be charged to it (seen once on a loaded machine).
    const own = new Set<Request>();
    const onRequest = (q: Request) => void own.add(q);
    const onResponse = (r: Response) => {
      if (!own.has(r.request())) return;
      const u = new URL(r.url());
      if (!u.pathname.startsWith('/api/')) return;
      if (r.status() === 403) refused.push(`${r.request().method()} ${u.pathname}`);
      if (r.status() >= 500) failed.push(`${r.request().method()} ${u.pathname} ${r.status()}`);
    };
    page.on('request', onRequest);
    page.on('response', onResponse);
    const traffic = apiTraffic(page);
    try {
      if (inMenu) {
        // As a user does it: a click on the menu entry (client-side navigation, no reload).
        await page.locator(`.ant-layout-sider a[href="${path}"]`).first().click();
        await page.waitForURL((u) => u.pathname === path);
      } else {
        // As a typed address: a full load. (Routing inside the page instead was tried, and once counted rows on
        // a screen whose own request had been refused; a full load leaves no earlier screen to count.)
        await page.goto(`${server.url}${path}`);
      }
      await traffic.settled();
      await page
        .locator('.ant-spin-spinning')
        .first()
        .waitFor({ state: 'hidden', timeout: 15_000 })
        .catch(() => undefined);
      const main = page.locator('.ant-layout-content');
      return {
        inMenu,
        rows: await main.locator('.ant-table-row').count(),
        forbidden: (await main.getByText(/无权|没有权限|权限不足/).count()) > 0,
        errorBox: (await main.locator('.ant-alert-error, .ant-result-error, .ant-result-500').count()) > 0,
        refused,
        failed,
      };
    } finally {
      page.off('request', onRequest);
      page.off('response', onResponse);
    }
  }

  // Three roles tour at a time, each in its own browser context: a visit is mostly waiting for a screen's requests
  // to settle, and one role after another took five minutes of mostly idle cores.
  const lanes = semaphore(3);
  for (const [username, role] of ACCOUNTS)
    it.concurrent(
      `${username} (${role}) opens every menu screen clean, and no hidden screen shows it data`,
      async ({ expect }) => {
        const release = await lanes.acquire();
        const context = await newContext(browser);
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        const row = new Map<string, Visit>();
        table.set(`${username} (${role})`, row);
        try {
          await loginAs(page, server.url, username, server.passwordOf(username));
          await page.locator('.ant-layout-sider a[href^="/"]').first().waitFor();
          const menu = new Set(
            await page
              .locator('.ant-layout-sider a[href^="/"]')
              .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
          );
          expect(menu.size, `${username} has a menu`).toBeGreaterThan(0);
          for (const path of SCREENS.filter((s) => menu.has(s))) {
            const v = await visit(page, path, true);
            row.set(path, v);
            expect(v.failed, `${username} ${path}`).toEqual([]);
            expect(
              v.refused,
              `${username} ${path}: a screen of the menu asked for what the role may not read`,
            ).toEqual([]);
            expect(v.errorBox, `${username} ${path} shows an error`).toBe(false);
          }
          await screenshot(page, `role-tour-${role}`);
          for (const path of SCREENS.filter((s) => !menu.has(s))) {
            const v = await visit(page, path, false);
            row.set(path, v);
            expect(v.failed, `${username} ${path}`).toEqual([]);
            // A screen left out of the menu either says the role may not see it or shows nothing it may not read.
            if (v.rows > 0) expect(v.refused, `${username} ${path} shows rows it was refused`).toEqual([]);
          }
          expect(errors, `${username}: uncaught errors`).toEqual([]);
        } finally {
          await context.close();
          release();
        }
      },
      600_000,
    );
});

/** At most `n` holders at once; `acquire` resolves with the release of the slot it got. */
function semaphore(n: number): { acquire: () => Promise<() => void> } {
  let free = n;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next === undefined) free++;
    else next();
  };
  return {
    acquire: async () => {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      return release;
    },
  };
}

/**
 * Counts the page's API requests in flight from the moment it is made, so a screen's loads started by the click
 * that opened it are seen. `waitForLoadState('networkidle')` does not wait again after a client-side navigation,
 * and the screens load their data after they render.
 */
function apiTraffic(page: Page): { settled: (idleMs?: number, timeoutMs?: number) => Promise<void> } {
  let inFlight = 0;
  let last = Date.now();
  // Event streams (the live wall's) stay open by design: they are not a screen's load.
  const isApi = (u: string) => {
    const path = new URL(u).pathname;
    return path.startsWith('/api/') && !path.endsWith('/stream');
  };
  const up = (r: { url(): string }) => {
    if (!isApi(r.url())) return;
    inFlight++;
    last = Date.now();
  };
  const down = (r: { url(): string }) => {
    if (!isApi(r.url())) return;
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  return {
    settled: async (idleMs = 300, timeoutMs = 10_000) => {
      try {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline && (inFlight > 0 || Date.now() - last < idleMs))
          await new Promise((r) => setTimeout(r, 50));
      } finally {
        page.off('request', up);
        page.off('requestfinished', down);
        page.off('requestfailed', down);
      }
    },
  };
}

/** test-artifacts/role-tour.md: rows = screens, columns = roles. */
function writeTable(table: Map<string, Map<string, Visit>>): void {
  if (table.size === 0) return;
  const roles = [...table.keys()];
  const cell = (v: Visit | undefined): string => {
    if (v === undefined) return '';
    if (!v.inMenu) return v.forbidden || v.refused.length > 0 ? '无菜单 · 无权限' : `无菜单 · ${v.rows} 行`;
    return v.rows > 0 ? `${v.rows} 行` : '✓';
  };
  const lines = [
    '| screen | ' + roles.join(' | ') + ' |',
    '|---|' + roles.map(() => '---').join('|') + '|',
    ...SCREENS.map((s) => `| ${s} | ` + roles.map((r) => cell(table.get(r)?.get(s))).join(' | ') + ' |'),
  ];
  const dir = join(REPO_ROOT, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'role-tour.md'), `${lines.join('\n')}\n`);
}
