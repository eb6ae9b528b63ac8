// The demo's workflow data on both databases: after loading the demo every workflow has rows in each state a
// newcomer should see, each written by its command (so with its audit entry), and a second run adds nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { DEMO_SEED, loadDemo, type DemoLoadResult } from './load-demo.ts';
import { generateDemo } from '../core/demo/index.ts';
import { seedDemoWorkflows } from './workflows.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

const COUNTS = `
  select 'review:' || status as k, count(*)::int as n from review_tasks group by status
  union all select 'appeal:' || status, count(*)::int from appeals group by status
  union all select 'calibration:' || status, count(*)::int from calibration_sessions group by status
  union all select 'complaint:' || decision, count(*)::int from complaints group by decision
  union all select 'complaint-severity:' || severity, count(*)::int from complaints group by severity
  union all select 'complaint-cause:' || coalesce(cause_id, '-'), count(*)::int from complaints group by cause_id
  union all select 'discipline:' || review, count(*)::int from discipline_incidents group by review
  union all select 'statement:' || state, count(*)::int from settlement_statements group by state
  union all select 'stats', count(*)::int from call_stats_daily
  union all select 'work-order:' || state, count(*)::int from work_orders group by state
  union all select 'work-order-sla:' || sla_state, count(*)::int from work_orders group by sla_state
  union all select 'blocklist:' || state, count(*)::int from blocklist_entries group by state
  union all select 'candidate:' || state, count(*)::int from blocklist_candidates group by state
  union all select 'case', count(*)::int from coaching_cases
  union all select 'training', count(*)::int from training_sessions
  union all select 'plan', count(*)::int from coaching_plans
  union all select 'idea:' || state, count(*)::int from ideas group by state
  union all select 'notification', count(*)::int from notifications
  union all select 'audit', count(*)::int from audit_log
  union all select 'user:' || role, count(*)::int from users group by role
  union all select 'manual-deduction', count(*)::int from review_item_deductions where occurrences > 0
  union all select 'rejected-hit', count(*)::int from review_hit_judgements where verdict = 'reject'`;

describe.each(await testDrivers())('demo workflows on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let demo: DemoLoadResult;
  let counts: Map<string, number>;

  const read = async () => {
    const { rows } = await t.store().sql<{ k: string; n: number }>(COUNTS);
    return new Map(rows.map((r) => [r.k, r.n]));
  };

  beforeAll(async () => {
    if (skip) return;
    demo = await loadDemo(
      t.store(),
      { send: () => Promise.resolve(null) },
      { now: NOW, timeZone: 'Asia/Shanghai' },
    );
    counts = await read();
  }, 300_000);

  it.skipIf(skip)('fills every workflow in each state a first visit should show', () => {
    const need = [
      'review:open',
      'review:finalized',
      'manual-deduction',
      'rejected-hit',
      'appeal:open',
      'appeal:upheld',
      'appeal:rejected',
      'calibration:open',
      'calibration:closed',
      'complaint:pending',
      'complaint:responsible',
      'complaint:not_responsible',
      'complaint-severity:minor',
      'complaint-severity:general',
      'complaint-severity:severe',
      'discipline:confirmed',
      'discipline:pending',
      'statement:draft',
      'statement:confirmed',
      'statement:approved',
      'stats',
      'blocklist:active',
      'blocklist:pending',
      'candidate:pending',
      'case',
      'training',
      'plan',
      'idea:adopted',
      'idea:received',
      'notification',
      'user:back_office',
      'user:expert_seat',
    ];
    for (const k of need) expect(counts.get(k) ?? 0, k).toBeGreaterThan(0);
    const causes = [...counts.keys()].filter((k) => k.startsWith('complaint-cause:'));
    expect(causes.length).toBeGreaterThanOrEqual(3);
    const orderStates = [...counts.keys()].filter((k) => k.startsWith('work-order:'));
    expect(orderStates.length, orderStates.join()).toBeGreaterThanOrEqual(3);
    // The new accounts are handed back to be printed once, with the organisation's.
    const roles = new Set(demo.users.map((u) => u.role));
    for (const r of ['back_office', 'expert_seat', 'qa_lead', 'agent', 'complaint_desk'] as const)
      expect(roles.has(r), r).toBe(true);
  });

  it.skipIf(skip)('audits each workflow through its command', async () => {
    const { rows } = await t
      .store()
      .sql<{ action: string }>('select distinct action from audit_log order by action');
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'review.finalize',
      'appeal.file',
      'appeal.decide',
      'calibration.create',
      'complaint.create',
      'complaint.decide',
      'discipline.record',
      'kpi.stats.import',
      'settlement.approve',
      'work-order.create',
      'blocklist.approve',
      'demo.workflows',
    ])
      expect(actions.has(a), a).toBe(true);
  });

  it.skipIf(skip)('gives agents different KPI inputs, so not every agent meets the targets', async () => {
    const { rows } = await t.store().sql<{ agent_id: string; rate: number }>(
      `select agent_id, sum(answered)::float8 / nullif(sum(offered - abandoned_in_queue), 0) as rate
         from call_stats_daily group by agent_id`,
    );
    const rates = rows.map((r) => r.rate);
    expect(rates.length).toBeGreaterThan(10);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.02);
    // Each statement pays some agents a bonus and deducts from others: not every agent earns one.
    const { rows: outcomes } = await t.store().sql<{ month: string; kind: string; n: number }>(
      `select s.month, l->>'kind' as kind, count(*)::int as n
         from settlement_statements s, jsonb_array_elements(s.body->'lines') l
        where l->>'kind' in ('base-fee', 'kpi-bonus', 'kpi-deduction')
        group by s.month, l->>'kind'`,
    );
    const months = [...new Set(outcomes.map((o) => o.month))];
    expect(months.length).toBe(3);
    for (const m of months) {
      const n = (kind: string) => outcomes.find((o) => o.month === m && o.kind === kind)?.n ?? 0;
      expect(n('kpi-bonus'), m).toBeGreaterThan(0);
      expect(n('kpi-deduction'), m).toBeGreaterThan(0);
      expect(n('kpi-bonus'), m).toBeLessThan(n('base-fee'));
    }
  });

  it.skipIf(skip)('adds nothing when run again', async () => {
    const demoOrg = generateDemo({ seed: DEMO_SEED, endDate: '2026-10-19', timeZone: 'Asia/Shanghai' });
    const again = await seedDemoWorkflows(t.store(), {
      now: NOW,
      timeZone: 'Asia/Shanghai',
      seed: DEMO_SEED,
      conversations: demoOrg.conversations,
    });
    expect(again.seeded).toBe(false);
    expect(await read()).toEqual(counts);
  });
});
