// Alert rules: which live hits raise an alert, how severe, to whom, and after how many seconds an unanswered alert
// escalates. A fresh installation starts with the defaults below (seed 004: a customer threatening a regulator or
// the media is the case leaders and expert seats must take over; seed 002 违禁用语 is the agent's side), editable
// through PUT /api/live/alert-rules.
import type { AlertRule, Audience } from '../core/live/alerts.ts';
import type { Principal } from '../core/auth/roles.ts';
import {
  appendAudit,
  inTransaction,
  listAlertRules,
  upsertAlertRule,
  type LiveAlertRuleRow,
  type Store,
} from '../store/index.ts';

export const DEFAULT_ALERT_RULES: readonly (AlertRule & { name: string })[] = [
  {
    id: 'threat',
    name: '投诉/曝光威胁',
    rules: ['complaint-risk'],
    severity: 'critical',
    audiences: ['team_leader', 'qa', 'expert_seat'],
    escalateAfterSeconds: 60,
    enabled: true,
  },
  {
    id: 'agent-language',
    name: '坐席违禁/不当用语',
    rules: ['forbidden-phrase', 'insult', 'harsh-tone', 'shirking'],
    severity: 'high',
    audiences: ['team_leader', 'qa'],
    escalateAfterSeconds: 120,
    enabled: true,
  },
  {
    id: 'silence',
    name: '长时间沉默',
    rules: ['long-silence'],
    severity: 'medium',
    audiences: ['team_leader'],
    escalateAfterSeconds: null,
    enabled: true,
  },
];

export function alertRuleOf(r: LiveAlertRuleRow): AlertRule & { name: string } {
  return {
    id: r.id,
    name: r.name,
    rules: r.rules,
    severity: r.severity,
    audiences: r.audiences as Audience[],
    escalateAfterSeconds: r.escalateAfterSeconds,
    enabled: r.enabled,
  };
}

/** The configured rules; the defaults are written on first use (idempotent across processes). */
export async function loadAlertRules(store: Store, now: Date): Promise<(AlertRule & { name: string })[]> {
  let rows = await listAlertRules(store);
  if (rows.length === 0) {
    for (const r of DEFAULT_ALERT_RULES)
      await store.db.transaction(async (tx) => {
        const existing = await listAlertRules({ db: tx });
        if (!existing.some((e) => e.id === r.id))
          await upsertAlertRule(
            { db: tx },
            { ...r, rules: [...r.rules], audiences: [...r.audiences], createdAt: now },
          );
      });
    rows = await listAlertRules(store);
  }
  return rows.map(alertRuleOf);
}

export type AlertRuleInput = Omit<AlertRule, 'id'> & { name: string };

/** Create or change alert rule `id`, audited with the rule it replaces (none for a new one). */
export async function saveAlertRule(
  store: Store,
  p: Principal,
  id: string,
  input: AlertRuleInput,
  now: Date,
): Promise<AlertRule & { name: string }> {
  return inTransaction(store, async (s) => {
    const before = (await listAlertRules(s)).find((r) => r.id === id);
    const row = await upsertAlertRule(s, {
      id,
      ...input,
      rules: [...input.rules],
      audiences: [...input.audiences],
      createdAt: now,
    });
    const after = alertRuleOf(row);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'live_alert_rule.save',
      entity: 'live_alert_rule',
      entityId: row.id,
      ...(before === undefined ? {} : { before: alertRuleOf(before) }),
      after,
    });
    return after;
  });
}
