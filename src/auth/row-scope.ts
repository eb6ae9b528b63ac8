// Row-level scope of a caller: which agents, teams and vendors' rows they may read or change (core/auth roles →
// dataScope). Commands check every row they touch with rowInScope; list queries narrow with narrowScope. A row
// outside the scope is answered as NOT_FOUND, never as FORBIDDEN, so ids of other vendors do not leak.
import { dataScope, type Principal } from '../core/auth/roles.ts';

/** The caller's scope narrowed by requested ids: a requested id outside the scope yields nothing. */
export function narrowScope(
  p: Principal,
  wanted: { agentId?: string | undefined; teamId?: string | undefined; vendorId?: string | undefined },
): { agentIds?: string[]; teamIds?: string[]; vendorIds?: string[] } {
  const s = dataScope(p);
  const narrow = (scope: readonly string[] | undefined, w: string | undefined) =>
    w === undefined ? scope && [...scope] : scope === undefined || scope.includes(w) ? [w] : [];
  const out: { agentIds?: string[]; teamIds?: string[]; vendorIds?: string[] } = {};
  const a = narrow(s.agentIds, wanted.agentId);
  const t = narrow(s.teamIds, wanted.teamId);
  const v = narrow(s.vendorIds, wanted.vendorId);
  if (a) out.agentIds = a;
  if (t) out.teamIds = t;
  if (v) out.vendorIds = v;
  return out;
}

/** Whether a row placed at (agent, team, vendor) is inside the caller's scope. */
export function rowInScope(
  p: Principal,
  row: { agentId: string | null; teamId: string | null; vendorId: string },
): boolean {
  const s = dataScope(p);
  const ok = (list: readonly string[] | undefined, v: string | null) =>
    list === undefined || (v !== null && list.includes(v));
  return ok(s.agentIds, row.agentId) && ok(s.teamIds, row.teamId) && ok(s.vendorIds, row.vendorId);
}

/**
 * Branches whose work orders the caller sees: a back-office (branch / department) user only their own branch
 * (none without one); every other role allowed to read work orders sees all. docs/product.md "Integration
 * endpoints"; seed 004 屬地管理.
 */
export function branchScope(p: Principal): string[] | undefined {
  if (p.role !== 'back_office') return undefined;
  return p.branchId ? [p.branchId] : [];
}

/** Whether a work order addressed to `branchId` is inside the caller's scope. */
export function orderInScope(p: Principal, order: { branchId: string }): boolean {
  const s = branchScope(p);
  return s === undefined || s.includes(order.branchId);
}
