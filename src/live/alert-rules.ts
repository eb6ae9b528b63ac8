// Alert rules: which live hits raise an alert, how severe, to whom, and after how many seconds an unanswered alert
// escalates. A fresh installation starts with the defaults below (seed 004: a customer threatening a regulator or
// the media is the case leaders and expert seats must take over; seed 002 违禁用语 is the agent's side), editable
// through PUT /api/live/alert-rules.
import type { AlertRule, Audience } from '../core/live/alerts.ts';
import { listAlertRules, upsertAlertRule, type LiveAlertRuleRow, type Store } from '../store/index.ts';

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
