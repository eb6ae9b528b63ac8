// Declarative authorization (house style §8): every API action names the roles allowed to perform it, in one
// table. Data scope (which rows) is separate: see roles.ts dataScope. Add an action here, then guard the route with
// `requireAction(ctx, req, action)`; the authorization-matrix test walks every role over every route.
import type { Principal, UserRole } from './roles.ts';

const ALL: readonly UserRole[] = [
  'admin',
  'qa_lead',
  'qa_inspector',
  'team_leader',
  'agent',
  'vendor_manager',
  'complaint_desk',
];
const QA: readonly UserRole[] = ['admin', 'qa_lead', 'qa_inspector'];

export const POLICY = {
  'conversations.read': ALL,
  'stats.read': ALL,
  'organisation.read': ALL,
} as const satisfies Record<string, readonly UserRole[]>;

export type Action = keyof typeof POLICY;

export function can(p: Pick<Principal, 'role'>, action: Action): boolean {
  return (POLICY[action] as readonly UserRole[]).includes(p.role);
}

/** Roles that may do QA work (exported for policy entries added by capabilities). */
export const QA_ROLES = QA;
export const ALL_ROLES = ALL;
