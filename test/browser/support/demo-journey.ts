// The set-up several journeys share: one demo server and one browser for the file, a logged-in page per demo
// account (each in its own context, its uncaught errors collected), and the admin's API session for preparing data
// and reading what the screens should show. Call useDemoJourney() inside the describe; its hooks run before the
// file's own beforeAll (which may already call `api`) and close everything afterwards.
import { afterAll, beforeAll, expect } from 'vitest';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser, newContext } from './browser.ts';
import { loginAs } from './journeys.ts';
import { startServer, waitForQueueIdle } from './server.ts';
import type { StartedServer } from './server.ts';

export interface DemoJourney {
  readonly server: StartedServer;
  readonly browser: Browser;
  /** The admin's API session, logged in once. */
  readonly admin: APIRequestContext;
  /** Uncaught errors of every page opened with `as`, one list per page. */
  readonly pageErrors: string[][];
  /** A new browser context, closed with the others after the file. */
  context(): Promise<BrowserContext>;
  /** A new page logged in as `username` (its demo password unless given). */
  as(username: string, password?: string): Promise<Page>;
  /** One call as the admin; anything but a 2xx answer fails the test with the answer's text. */
  api<T>(method: 'GET' | 'POST', path: string, data?: unknown): Promise<T>;
}

export function useDemoJourney(timeoutMs = 240_000): DemoJourney {
  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  let admin: APIRequestContext | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[][] = [];
  const started = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`the journey's ${what} is not started`);
    return v;
  };

  const journey: DemoJourney = {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get admin() {
      return started(admin, 'admin session');
    },
    pageErrors,
    async context() {
      const ctx = await newContext(journey.browser);
      contexts.push(ctx);
      return ctx;
    },
    async as(username, password) {
      const page = await (await journey.context()).newPage();
      pageErrors.push(collectPageErrors(page));
      await loginAs(page, journey.server.url, username, password ?? journey.server.passwordOf(username));
      return page;
    },
    async api<T>(method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
      const url = `${journey.server.url}${path}`;
      const res = method === 'GET' ? await journey.admin.get(url) : await journey.admin.post(url, { data });
      expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
      return (await res.json()) as T;
    },
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await waitForQueueIdle(server.url);
    admin = (await journey.context()).request;
    const login = await admin.post(`${server.url}/api/auth/login`, {
      data: { username: server.adminUsername, password: server.adminPassword },
    });
    expect(login.status()).toBe(200);
  }, timeoutMs);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  return journey;
}
