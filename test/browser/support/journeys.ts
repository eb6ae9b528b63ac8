// Steps several journeys share.
import type { Locator, Page } from 'playwright-core';

/** Log in through the login form (Chinese UI) and wait for the first screen of the role. */
export async function loginAs(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Repeat `act` until `shown` is visible: on two busy cores a click while a dropdown or dialog animates in can land
 * beside its target or be lost. `act` must be safe to repeat (open a menu and pick an entry, press a start button
 * whose run the next step waits for).
 */
export async function actUntilShown(
  act: () => Promise<void>,
  shown: Locator,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await shown.isVisible())) {
    if (Date.now() > deadline) throw new Error(`${shown.toString()} never showed`);
    await act().catch(() => undefined);
    await shown.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
}
