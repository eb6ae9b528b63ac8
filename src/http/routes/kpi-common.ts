// Shared by the issue-7 route modules (kpi, settlement, complaints, discipline): scope narrowing and zod pieces.
import { z } from 'zod';
import { isCalendarDate, isMonth } from '../../core/kpi/index.ts';

export { narrowScope, rowInScope } from '../../auth/row-scope.ts';

export const monthSchema = z.string().refine(isMonth, 'must be a month YYYY-MM');
export const daySchema = z.string().refine(isCalendarDate, 'must be a day YYYY-MM-DD');
export const fenSchema = z.number().int('must be whole fen').min(-1e13).max(1e13);
export const fieldErrorSchema = z.object({ line: z.number(), field: z.string(), message: z.string() });
