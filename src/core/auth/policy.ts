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
  // ── Organisation and access (issue 5) ────────────────────────────────────────────────────────────────────────
  // Reading the organisation (clients, vendors, teams, agents) is open to every role; the rows are narrowed by
  // org-scope.ts: an agent sees their own agent/team/vendor/client, a team leader their team, a vendor manager
  // their vendor. Clients (甲方) and vendors (乙方) are contracts: only the admin creates, renames or deactivates
  // them. Teams and agents are the vendor's own staffing: the admin, and a vendor manager inside their vendor.
  'organisation.manage': ['admin'],
  'teams.manage': ['admin', 'vendor_manager'],
  'agents.manage': ['admin', 'vendor_manager'],
  // User accounts. Read: admin and QA lead all (the lead assigns inspectors and decides appeals), a vendor manager
  // the accounts of their vendor, a team leader those of their team. Manage (create, edit, disable, reset a
  // password): admin any account; a vendor manager only agent and team-leader accounts inside their vendor
  // (ASSIGNABLE_ROLES in user-scope.ts), so nobody can grant themselves a wider role than they hold.
  'users.read': ['admin', 'qa_lead', 'vendor_manager', 'team_leader'],
  'users.manage': ['admin', 'vendor_manager'],
  // The caller's own account: who am I, change my password (with the current one). Every role.
  'account.self': ALL,
  // API tokens for integrations act as their owner (tokens.ts): roles whose systems integrate (admin; QA lead for
  // exports; vendor manager for the vendor's workforce/CRM systems; complaint desk for the complaint system) may
  // hold their own. `tokens.manage.any` is no route's action but a capability checked in the handler: the admin
  // lists and revokes every token and issues tokens for service accounts (a user made for one integration).
  'tokens.manage': ['admin', 'qa_lead', 'vendor_manager', 'complaint_desk'],
  'tokens.manage.any': ['admin'],
  // The append-only audit log is read by the admin and the QA lead (who answers for score changes and appeals).
  'audit.read': ['admin', 'qa_lead'],
  // ── Ingest, rule packs, re-scoring and agent assist (issue 5) ────────────────────────────────────────────────────
  // Ingest is QA's data loading (and integrations' tokens acting as a QA account or admin). Rule packs are read by
  // every role (agents and leaders learn what is checked); uploading, previewing and publishing a version, and
  // re-scoring a period change every score, so only the admin and the QA lead do them. Agent assist checks the
  // caller's own outgoing message: every role that may chat with customers or coach those who do.
  'ingest.write': QA,
  'ingest.read': QA,
  'packs.read': ALL,
  'packs.write': ['admin', 'qa_lead'],
  'packs.preview': ['admin', 'qa_lead'],
  'packs.publish': ['admin', 'qa_lead'],
  'rescore.run': ['admin', 'qa_lead'],
  'rescore.read': QA,
  'assist.check': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'agent'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Action = keyof typeof POLICY;

export function can(p: Pick<Principal, 'role'>, action: Action): boolean {
  const allowed: readonly UserRole[] = POLICY[action];
  return allowed.includes(p.role);
}

/** Roles that may do QA work (exported for policy entries added by capabilities). */
export const QA_ROLES = QA;
export const ALL_ROLES = ALL;

/**
 * A route's declared action (`config: { action }`, see src/auth/route-guard.ts): a policy action, or `public` for
 * the few routes that answer without a session. Every public route must be listed in PUBLIC_ROUTES.
 */
export type RouteAction = Action | 'public';

/** The routes anyone may call without logging in (`METHOD /url` as registered); the matrix test holds routes to it. */
export const PUBLIC_ROUTES: readonly string[] = [
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/logout',
];

export const isAction = (s: string): s is Action => Object.hasOwn(POLICY, s);
