// Shared by the issue-7 route modules (kpi, settlement, complaints, discipline): scope narrowing and zod pieces.
import { z } from 'zod';
import { isCalendarDate, isMonth } from '../../core/kpi/index.ts';

export { narrowScope, rowInScope } from '../../auth/row-scope.ts';

export const monthSchema = z.string().refine(isMonth, 'must be a month YYYY-MM');
export const daySchema = z.string().refine(isCalendarDate, 'must be a day YYYY-MM-DD');
export const fenSchema = z.number().int('must be whole fen').min(-1e13).max(1e13);
export const fieldErrorSchema = z.object({ line: z.number(), field: z.string(), message: z.string() });

/** The SQLSTATE of a database error (drizzle wraps the driver's error in `cause`), e.g. 23505 unique violation. */
export function pgCode(e: unknown): string | undefined {
  const code = (x: unknown) =>
    typeof x === 'object' && x !== null && 'code' in x && typeof x.code === 'string' ? x.code : undefined;
  return code(e) ?? code(typeof e === 'object' && e !== null && 'cause' in e ? e.cause : undefined);
}
