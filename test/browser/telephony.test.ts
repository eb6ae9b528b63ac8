// The telephony journey of seed 003 on the real server: a number that floods the line with harassing calls becomes an
// auto-block candidate (人工+系统判断: the system proposes, a person decides), the complaint desk confirms it in the UI and
// the switch's IVR lookup answers "blocked"; an entry with an end date is approved by a second person (避免出现误判)
// and, once its time is up, the lookup answers "allowed" again. The hang-up report's before/after card reads the demo
// calls around a policy date (seed 003 检测优化). Screenshots land in test-artifacts/screenshots/.
import { beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, screenshot } from './support/browser.ts';
import { waitForQueueIdle } from './support/server.ts';
import { useDemoJourney } from './support/demo-journey.ts';

const unavailable = browserUnavailable();
const FLOODER = '13912340000';
const SHORT = '13912340001';

/** An instant as the conversation format wants it: with the +08:00 offset of the contact center. */
function shanghai(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
}

interface Lookup {
  number: string;
  blocked: boolean;
  until: string | null;
}

describe.skipIf(unavailable !== null)(
  'telephony: auto-block, approval, IVR lookup and expiry (Chromium)',
  () => {
    const j = useDemoJourney();
    const { as, api } = j;
    let secret = '';

    /** What the switch sees: the fixed lookup endpoint with an API token, no cookie. */
    async function lookup(number: string): Promise<Lookup> {
      const res = await fetch(`${j.server.url}/api/ivr/lookup?number=${number}`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as Lookup;
    }

    beforeAll(async () => {
      secret = (await api<{ secret: string }>('POST', '/api/tokens', { name: '交换机 IVR' })).secret;

      // Six calls in the last half hour from one number, each classed 骚扰 by the agent's disposition.
      const now = Date.now();
      const calls = Array.from({ length: 6 }, (_, i) => ({
        id: `flood-${i}`,
        channel: 'voice',
        agentId: 'A001',
        startedAt: shanghai(now - (30 - i * 5) * 60_000),
        meta: { callerNumber: FLOODER, callClass: '骚扰' },
        turns: [
          { role: 'agent', text: '您好，请问有什么可以帮您？', startMs: 0, endMs: 2000 },
          { role: 'customer', text: '没事，就打着玩', startMs: 2500, endMs: 4000 },
        ],
      }));
      const { batchId } = await api<{ batchId: string }>('POST', '/api/ingest', calls);
      for (let i = 0; i < 240; i++) {
        const b = await api<{ status: string; accepted: number }>('GET', `/api/ingest/${batchId}`);
        if (b.status === 'done' || b.status === 'failed') {
          expect(b).toMatchObject({ status: 'done', accepted: calls.length });
          break;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      await waitForQueueIdle(j.server.url);
    }, 300_000);

    it('proposes the flooding number, the complaint desk confirms it, and the IVR lookup answers blocked', async () => {
      expect(await lookup(FLOODER)).toMatchObject({ blocked: false });
      const page = await as('cd01');
      await page.goto(`${j.server.url}/telephony`);
      await page.getByRole('tab', { name: '自动拉黑候选' }).click();
      await page.getByTestId('candidates-scan').click();
      const row = page.getByTestId('candidates-table').locator('tbody tr.ant-table-row').first();
      await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('6');
      // The complaint desk sees the number masked; the candidate is still the flooder's.
      const pending = await api<{ items: { id: string; number: string; calls: number }[] }>(
        'GET',
        '/api/blocklist-candidates?state=pending',
      );
      // (the demo's own flood caller waits as a candidate too: src/demo/workflows.ts)
      expect(pending.items.filter((c) => c.number === FLOODER)).toEqual([
        expect.objectContaining({ number: FLOODER, calls: 6 }),
      ]);
      await screenshot(page, 'telephony-candidate');
      await row.getByTestId('candidate-confirm').click();
      await expect.poll(async () => (await lookup(FLOODER)).blocked, { timeout: 10_000 }).toBe(true);
      const confirmed = await api<{ items: { state: string; entryId: string | null }[] }>(
        'GET',
        '/api/blocklist-candidates?state=confirmed',
      );
      expect(confirmed.items).toEqual([expect.objectContaining({ state: 'confirmed' })]);
      // Scanning again proposes nothing new: the number is on the list.
      expect(await api<{ proposed: number }>('POST', '/api/blocklist-candidates/scan')).toMatchObject({
        proposed: 0,
      });
    });

    it('blocks only after a second person approves, and the lookup answers allowed once the end has passed', async () => {
      const until = new Date(Date.now() + 20_000);
      const entry = await api<{ id: string; state: string }>('POST', '/api/blocklist', {
        number: SHORT,
        period: { until: shanghai(until.getTime()) },
        reason: '恶意辱骂坐席，限制至处理完毕',
        class: 'harassment',
      });
      expect(entry.state).toBe('pending');
      expect(await lookup(SHORT)).toMatchObject({ blocked: false });
      // The one who entered it cannot approve it.
      const self = await j.admin.post(`${j.server.url}/api/blocklist/${entry.id}/approve`, { data: {} });
      expect(self.status()).toBeGreaterThanOrEqual(400);

      const lead = await as('qalead');
      await lead.goto(`${j.server.url}/telephony`);
      const row = lead
        .getByTestId('blocklist-table')
        .locator('tbody tr.ant-table-row', { hasText: '恶意辱骂' });
      await row.getByTestId('blocklist-approve').click();
      await expect.poll(() => row.getByTestId('blocklist-state').textContent()).toContain('生效中');
      await screenshot(lead, 'telephony-blocklist');
      const blocked = await lookup(SHORT);
      expect(blocked.blocked).toBe(true);
      expect(blocked.until).not.toBeNull();

      // The lookup answers from the end on, without waiting for the expiry job.
      await new Promise((r) => setTimeout(r, Math.max(0, until.getTime() - Date.now() + 500)));
      expect(await lookup(SHORT)).toMatchObject({ blocked: false });
    });

    it('shows the hang-up ratio and the before/after check on the demo calls', async () => {
      const page = await as('qalead');
      await page.goto(`${j.server.url}/telephony`);
      await page.getByRole('tab', { name: '挂机报表' }).click();
      const card = page.getByTestId('before-after');
      await card.waitFor();
      await expect.poll(() => card.locator('tbody tr').count()).toBeGreaterThan(2);
      await screenshot(page, 'telephony-hangups');
      expect(j.pageErrors.flat()).toEqual([]);
    });
  },
);
