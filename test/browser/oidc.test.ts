// Single sign-on in Chromium against the real server and a small OpenID Connect provider run by this test: the
// login page offers 企业账号登录, the button leads to the provider's own login form, and signing in there lands back
// in zhijian with the directory's role (the menu of a QA inspector, not an admin's). A person whose groups map to
// no role comes back to the login page with the reason. Logging out ends the zhijian session.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  browserUnavailable,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser.ts';
import { startServer, type StartedServer } from './support/server.ts';
import { startOidcProvider, type TestOidcProvider } from '../../src/http/testing/oidc-provider.ts';

const unavailable = browserUnavailable();

/** A port free now: the redirect URL registered at the provider must name zhijian's port before it starts. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

describe.skipIf(unavailable !== null)('single sign-on (Chromium)', () => {
  let server: StartedServer;
  let idp: TestOidcProvider;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    idp = await startOidcProvider();
    idp.users.set('chen.qa', {
      password: 'directory-pw-1',
      claims: { preferred_username: 'chen.qa', name: '陈质检', groups: ['all-staff', 'cc-qa-inspectors'] },
    });
    idp.users.set('wu.sales', {
      password: 'directory-pw-2',
      claims: { preferred_username: 'wu.sales', name: '吴销售', groups: ['all-staff'] },
    });
    const port = await freePort();
    [server, browser] = await Promise.all([
      startServer({
        env: {
          PORT: String(port),
          ZHIJIAN_OIDC_ISSUER: idp.issuer,
          ZHIJIAN_OIDC_CLIENT_ID: idp.clientId,
          ZHIJIAN_OIDC_CLIENT_SECRET: idp.clientSecret,
          ZHIJIAN_OIDC_REDIRECT_URL: `http://127.0.0.1:${port}/api/auth/oidc/callback`,
          ZHIJIAN_OIDC_ROLE_MAP: 'cc-qa-admins=admin,cc-qa-inspectors=qa_inspector',
          ZHIJIAN_OIDC_ALLOW_HTTP: 'true',
        },
      }),
      launchBrowser(),
    ]);
    context = await newContext(browser);
    page = await context.newPage();
    errors = collectPageErrors(page);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await idp?.close();
  });

  it('signs in at the directory’s own page and lands in zhijian with the mapped role and its menu', async () => {
    await page.goto(`${server.url}/login`);
    const sso = page.getByTestId('sso-login');
    await sso.waitFor();
    await expect(sso.textContent()).resolves.toContain('企业账号登录');
    await screenshot(page, 'sso-login-page');
    await sso.click();

    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('#login').fill('chen.qa');
    await page.locator('#secret').fill('directory-pw-1');
    await page.locator('#idp-submit').click();

    await page.waitForURL((url) => url.origin === server.url && !url.pathname.startsWith('/login'));
    const who = page.getByTestId('current-user');
    await who.waitFor();
    await expect(who.textContent()).resolves.toMatch(/陈质检.*质检员/);
    // the menu of a QA inspector: review; under settings the organisation, but no users or audit log (an admin's)
    await page.getByRole('menuitem', { name: /复核/ }).first().waitFor();
    await page
      .getByRole('menuitem', { name: /系统设置/ })
      .first()
      .click();
    await page
      .getByRole('menuitem', { name: /组织架构/ })
      .first()
      .waitFor();
    await expect(page.getByRole('menuitem', { name: /用户管理|审计日志/ }).count()).resolves.toBe(0);
    await screenshot(page, 'sso-signed-in');

    const me = await context.request.get(`${server.url}/api/auth/me`);
    expect(((await me.json()) as { user: { role: string } }).user.role).toBe('qa_inspector');
    expect(idp.authorizeRequests.at(-1)?.get('code_challenge_method')).toBe('S256');

    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    expect((await context.request.get(`${server.url}/api/auth/me`)).status()).toBe(401);
    expect(errors).toEqual([]);
  });

  it('sends a person without a mapped role back to the login page with the reason', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByTestId('sso-login').click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('#login').fill('wu.sales');
    await page.locator('#secret').fill('directory-pw-2');
    await page.locator('#idp-submit').click();
    await page.waitForURL((url) => url.origin === server.url && url.pathname.startsWith('/login'));
    const refusal = page.getByTestId('sso-error');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('未分配质检系统角色');
    await screenshot(page, 'sso-refused');
    expect((await context.request.get(`${server.url}/api/auth/me`)).status()).toBe(401);
  });
});
