// Which live hits raise an alert and who sees it (docs/product.md "Integration endpoints": alerts reach the agent's
// team leader, QA roles and the admin; seed 004 adds the expert seats who take over a call while a complaint forms).
// Pure: the routes, the SSE stream, the inbox and the escalation job all decide "who" with these two functions.
import type { Principal } from '../auth/roles.ts';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const AUDIENCES = ['team_leader', 'qa', 'admin', 'expert_seat'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface AlertRule {
  readonly id: string;
  /** Pack rule ids; empty = every rule that decides mid-call. */
  readonly rules: readonly string[];
  readonly severity: Severity;
  readonly audiences: readonly Audience[];
  readonly escalateAfterSeconds: number | null;
  readonly enabled: boolean;
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/** The enabled alert rule a hit of `ruleId` raises: the most severe that names it (or names no rule). */
export function alertRuleFor(rules: readonly AlertRule[], ruleId: string): AlertRule | undefined {
  let best: AlertRule | undefined;
  for (const r of rules) {
    if (!r.enabled || (r.rules.length > 0 && !r.rules.includes(ruleId))) continue;
    if (best === undefined || rank(r.severity) > rank(best.severity)) best = r;
  }
  return best;
}

/** An alert's placement: the agent's team and the audiences of its rule. */
export interface AlertPlacement {
  readonly teamId: string | null;
  readonly audiences: readonly string[];
}

/**
 * The one place that says who an alert is for. The team leader of the agent's team; QA lead and inspectors; the
 * admin; the expert seats (role `expert_seat`, whole contact center). Escalation widens the audiences (see
 * escalationAudiences), so it reuses this function.
 */
export function audienceRoles(audience: string): readonly string[] {
  switch (audience) {
    case 'team_leader':
      return ['team_leader'];
    case 'qa':
      return ['qa_lead', 'qa_inspector'];
    case 'admin':
      return ['admin'];
    case 'expert_seat':
      return ['expert_seat'];
    default:
      return [];
  }
}

export function alertVisibleTo(p: Pick<Principal, 'role' | 'teamId'>, a: AlertPlacement): boolean {
  for (const audience of a.audiences) {
    if (!audienceRoles(audience).includes(p.role)) continue;
    // A team leader sees only their own team's calls; the other audiences see the whole contact center.
    if (p.role === 'team_leader' && (a.teamId === null || p.teamId !== a.teamId)) continue;
    return true;
  }
  return false;
}

/** Inbox/webhook recipients of an alert (src/notify/events.ts selectors). */
export function alertRecipients(a: AlertPlacement): { teamLeadersOf?: string; roles: string[] } {
  const roles = a.audiences.filter((x) => x !== 'team_leader').flatMap((x) => [...audienceRoles(x)]);
  return a.audiences.includes('team_leader') && a.teamId !== null
    ? { teamLeadersOf: a.teamId, roles }
    : { roles };
}

/** Nobody acknowledged in time: the QA lead and the admin are told as well (seed 004 及时报备, upward). */
export function escalationAudiences(audiences: readonly string[]): string[] {
  return [...new Set([...audiences, 'qa', 'admin'])];
}
