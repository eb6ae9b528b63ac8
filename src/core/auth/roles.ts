// Roles and data scopes (docs/product.md "Who works with it"): every query is narrowed by the caller's scope,
// so an agent sees only their own conversations, a team leader their team, a vendor manager their vendor.
export const USER_ROLES = [
  'admin',
  'qa_lead',
  'qa_inspector',
  'team_leader',
  'agent',
  'vendor_manager',
  'complaint_desk',
  'back_office',
  'expert_seat',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface Principal {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  agentId: string | null;
  teamId: string | null;
  vendorId: string | null;
  /** back_office: the branch or department whose work orders they see (absent = none). */
  branchId?: string | null;
}

/** Scope lists as the store understands them: undefined = unrestricted, [] = nothing. */
export interface DataScope {
  agentIds?: readonly string[];
  teamIds?: readonly string[];
  vendorIds?: readonly string[];
}

const only = (id: string | null): readonly string[] => (id === null ? [] : [id]);

export function dataScope(p: Principal): DataScope {
  switch (p.role) {
    case 'admin':
    case 'qa_lead':
    case 'qa_inspector':
    case 'complaint_desk':
    case 'expert_seat':
      return {};
    case 'back_office':
      // A branch or department user sees no agent's data; their work orders are scoped by branch (workOrderScope).
      return { agentIds: [] };
    case 'team_leader':
      return { teamIds: only(p.teamId) };
    case 'vendor_manager':
      return { vendorIds: only(p.vendorId) };
    case 'agent':
      return { agentIds: only(p.agentId) };
  }
}

/** Whether a conversation with this placement is inside the principal's scope. */
export function inScope(
  p: Principal,
  c: { agentId: string | null; teamId: string | null; vendorId: string | null },
): boolean {
  const s = dataScope(p);
  const ok = (list: readonly string[] | undefined, v: string | null) =>
    list === undefined || (v !== null && list.includes(v));
  return ok(s.agentIds, c.agentId) && ok(s.teamIds, c.teamId) && ok(s.vendorIds, c.vendorId);
}

/**
 * Who may read personal numbers (phone, ID card, bank card) unmasked: the complaint desk calls customers back
 * (seed 002 回访) and the admin administers; QA, leaders, vendors and agents judge service, not identities.
 */
export function seesPersonalNumbers(role: UserRole): boolean {
  switch (role) {
    case 'admin':
    case 'complaint_desk':
    case 'expert_seat':
      return true;
    case 'qa_lead':
    case 'qa_inspector':
    case 'team_leader':
    case 'agent':
    case 'vendor_manager':
    case 'back_office':
      return false;
  }
}
