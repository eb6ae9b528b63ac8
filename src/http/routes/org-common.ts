// Shared parse schemas of the organisation and access routes: codes, names and the `?active=` filter. The
// transactions, audit entries and organisation snapshot these routes' commands use live in src/store/audited.ts
// and src/organisation/org.ts.
import { z } from 'zod';

/** Operator-chosen codes (client, vendor, team ids; agent codes such as A001): short, printable, URL-safe. */
export const codeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, 'letters, digits, _ . - ; at most 32 characters');
export const nameSchema = z.string().trim().min(1).max(100);
/** `?active=true|false` on list endpoints; absent = both (history keeps inactive units visible). */
export const activeQuerySchema = z.enum(['true', 'false']).optional();
