// Shared by the issue-7 route modules (kpi, settlement, complaints, discipline): scope narrowing and zod pieces.
import { z } from 'zod';
import { dataScope, type Principal } from '../../core/auth/roles.ts';
import { isCalendarDate, isMonth } from '../../core/kpi/index.ts';

export const monthSchema = z.string().refine(isMonth, 'must be a month YYYY-MM');
export const daySchema = z.string().refine(isCalendarDate, 'must be a day YYYY-MM-DD');
export const fenSchema = z.number().int('must be whole fen').min(-1e13).max(1e13);
export const fieldErrorSchema = z.object({ line: z.number(), field: z.string(), message: z.string() });

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

/** The SQLSTATE of a database error (drizzle wraps the driver's error in `cause`), e.g. 23505 unique violation. */
export function pgCode(e: unknown): string | undefined {
  const code = (x: unknown) =>
    typeof x === 'object' && x !== null && 'code' in x && typeof x.code === 'string' ? x.code : undefined;
  return code(e) ?? code(typeof e === 'object' && e !== null && 'cause' in e ? e.cause : undefined);
}
