import { describe, expect, it } from 'vitest';
import {
  alertRecipients,
  alertRuleFor,
  alertVisibleTo,
  escalationAudiences,
  type AlertRule,
} from './alerts.ts';

const rule = (id: string, over: Partial<AlertRule>): AlertRule => ({
  id,
  rules: [],
  severity: 'medium',
  audiences: ['team_leader'],
  escalateAfterSeconds: null,
  enabled: true,
  ...over,
});

describe('alertRuleFor', () => {
  const rules = [
    rule('any', {}),
    rule('threat', { rules: ['complaint-risk'], severity: 'critical' }),
    rule('off', { rules: ['forbidden-phrase'], severity: 'critical', enabled: false }),
  ];
  it.each([
    ['complaint-risk', 'threat'],
    ['forbidden-phrase', 'any'],
    ['long-silence', 'any'],
  ])('%s → %s', (ruleId, expected) => {
    expect(alertRuleFor(rules, ruleId)?.id).toBe(expected);
  });
  it('no enabled rule names it: no alert', () => {
    expect(alertRuleFor([rule('x', { rules: ['insult'] })], 'complaint-risk')).toBeUndefined();
  });
});

describe('alertVisibleTo', () => {
  const a = { teamId: 'T1', audiences: ['team_leader', 'qa'] };
  it.each([
    [{ role: 'team_leader', teamId: 'T1' }, true],
    [{ role: 'team_leader', teamId: 'T2' }, false],
    [{ role: 'qa_inspector', teamId: null }, true],
    [{ role: 'qa_lead', teamId: null }, true],
    [{ role: 'admin', teamId: null }, false],
    [{ role: 'agent', teamId: 'T1' }, false],
    [{ role: 'vendor_manager', teamId: null }, false],
  ] as const)('%o → %s', (p, expected) => {
    expect(alertVisibleTo(p, a)).toBe(expected);
  });
  it('escalation adds QA and the admin', () => {
    const e = { teamId: 'T1', audiences: escalationAudiences(['team_leader']) };
    expect(alertVisibleTo({ role: 'admin', teamId: null }, e)).toBe(true);
  });
});

describe('alertRecipients', () => {
  it('team leaders of the team plus the roles of the other audiences', () => {
    expect(alertRecipients({ teamId: 'T1', audiences: ['team_leader', 'qa', 'expert_seat'] })).toEqual({
      teamLeadersOf: 'T1',
      roles: ['qa_lead', 'qa_inspector', 'expert_seat'],
    });
  });
});
