// Recordings in the workspace on the real server with the deterministic test engine (ZHIJIAN_STT_ENGINE=test): a
// stereo WAV generated here is uploaded on the import page, its progress followed until the transcript is stored and
// scored, and the conversation page plays it: a click on a hit seeks the audio to that moment, the transcript
// follows the playback, and the quietly spoken line is marked low-confidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { toneCallWav } from '../../src/core/audio/tone-call.ts';
import { TEST_CALL } from '../../src/stt/testing/call.ts';
import {
  browserUnavailable,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser.ts';
import { loginAs } from './support/journeys.ts';
import { startServer, waitForQueueIdle } from './support/server.ts';
import type { StartedServer } from './support/server.ts';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('recordings in the workspace (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer({ env: { ZHIJIAN_STT_ENGINE: 'test' } }),
      launchBrowser(),
    ]);
    await waitForQueueIdle(server.url);
    ctx = await newContext(browser);
    page = await ctx.newPage();
    errors = collectPageErrors(page);
    await loginAs(page, server.url, server.adminUsername, server.adminPassword);
  }, 240_000);

  afterAll(async () => {
    await ctx?.close();
    await browser?.close();
    await server?.stop();
  });

  it('uploads a recording, follows its transcription and opens the conversation', async () => {
    await page.goto(`${server.url}/import`);
    const card = page.getByTestId('recording-upload');
    await card.waitFor();
    await card.getByTestId('recording-conversation').fill('rec-browser-1');
    await card.locator('input[type=file]').setInputFiles({
      name: 'call.wav',
      mimeType: 'audio/wav',
      buffer: Buffer.from(toneCallWav(TEST_CALL)),
    });
    await card.getByTestId('recording-submit').click();
    await page.locator('[data-testid=recording-progress][data-status=done]').waitFor({ timeout: 60_000 });
    await screenshot(page, 'recording-uploaded');
    await card.getByTestId('recording-open').click();
    await page.waitForURL(/\/conversations\/rec-browser-1$/);
  });

  it('plays the audio, seeks to a clicked hit and follows along; the doubtful line is marked', async () => {
    const audio = page.getByTestId('recording-audio');
    await audio.waitFor();
    // the browser read the WAV's header over the range endpoint: it knows the call's length
    await expect
      .poll(() => audio.evaluate((el: HTMLAudioElement) => el.duration), { timeout: 15_000 })
      .toBeGreaterThan(14);
    const turns = page.getByTestId('turn');
    await expect.poll(() => turns.count()).toBe(TEST_CALL.length);
    await turns.nth(3).getByTestId('low-confidence').waitFor();
    expect(await turns.nth(2).getByTestId('low-confidence').count()).toBe(0);

    // the clear forbidden phrase (turn 3 of the call, index 2) was said at 6.2 s
    await turns.nth(2).locator('[data-testid=hit-mark][data-rule~=forbidden-phrase]').click();
    await expect
      .poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 5_000 })
      .toBeGreaterThanOrEqual(6.2);
    await expect
      .poll(() => turns.nth(2).getByTestId('turn-text').getAttribute('data-speaking'), { timeout: 5_000 })
      .toBe('true');
    await screenshot(page, 'recording-seek');
    expect(errors).toEqual([]);
  });
});
