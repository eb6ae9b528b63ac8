// Launch the system's Chromium (Debian package) through playwright-core: no browser downloads. Without a
// browser, journeys are skipped with a message, except under CI=true, where that is a failure.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './server.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-artifacts/screenshots');
/** The smallest screen the UI must work on (usable at 1366×768). */
export const VIEWPORT = { width: 1366, height: 768 };

export const IS_CI = process.env['CI'] === 'true';

/** Why browser journeys cannot run here, or null when they can. Throws under CI=true instead of skipping. */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const reason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (IS_CI) throw new Error(`${reason}; CI=true requires the browser tests to run`);
  console.warn(`skipping browser tests: ${reason}`);
  return reason;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface ContextOptions {
  locale?: string;
  /** The browser's own zone; the UI must still show contact-center (Asia/Shanghai) times. */
  timezoneId?: string;
}

export async function newContext(browser: Browser, opts: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    locale: opts.locale ?? 'zh-CN',
    timezoneId: opts.timezoneId ?? 'Asia/Shanghai',
  });
}

/**
 * Uncaught page errors and console errors, to assert a journey ran clean. Chromium's own "Failed to load
 * resource" lines are left out: 401 and 404 answers are expected (not logged in yet, a missing conversation)
 * and journeys check statuses themselves.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
