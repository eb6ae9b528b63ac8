import { it } from 'vitest';
import { openFreshStore } from '../store/testing/test-store.ts';
import { seedReviewWorld } from '../http/routes/review.http.test.ts';
import { createPlan, runPlan } from './sampling.ts';
it('debug', async () => {
  const { store, cleanup } = await openFreshStore({ kind: 'pglite' });
  const now = new Date('2026-10-16T07:00:00Z');
  await seedReviewWorld(store, now);
  const plan = await createPlan(store, 'u-lead', { name: 'x', rule: { kind: 'targeted', fatal: false, agentHangup: true, complaintRisk: true, rules: [] }, scope: { kind: 'all' }, period: 'month', scheduled: false, seed: 42 }, now);
  try { await runPlan(store, plan, { from: new Date('2026-10-01T00:00:00+08:00'), to: new Date('2026-11-01T00:00:00+08:00') }, 'u-lead', now); } catch (e) { console.log('ERR', e); }
  await cleanup();
});
