// The smallest value a zod schema accepts, for probing routes whose bodies this code has never seen (the
// authorization-matrix test sends every route a request that passes its schema, so the handler itself answers).
// Optional fields are left out; strings, numbers and unions try a few candidates and keep the first the schema
// accepts. Reads zod 4's definition objects (`_zod.def`); unknown kinds fall back to an empty object.
import type { z } from 'zod';

type Schema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  options?: readonly Schema[];
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  items?: readonly Schema[];
  left?: Schema;
  right?: Schema;
  getter?: () => Schema;
}

const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const isOmittable = (s: Schema): boolean =>
  (s as unknown as { _zod: { optin?: string } })._zod.optin !== undefined;

/** Probe strings in order of preference: ids that match nothing, then common formats. */
const STRING_CANDIDATES = [
  'zz-probe',
  'zz-probe-value-1234',
  '2026-10-20T08:00:00+08:00',
  '2026-10-20',
  '2026-10',
  'A001',
  '00000000-0000-4000-8000-000000000000',
  'probe@example.com',
  'https://example.com/probe',
  'x',
  '1',
];
const NUMBER_CANDIDATES = [1, 0, 10, 100, 1_000_000, -1, 0.5];

const firstAccepted = <T>(s: Schema, candidates: readonly T[], fallback: T): T =>
  candidates.find((c) => s.safeParse(c).success) ?? fallback;

export function minimalValue(s: Schema): unknown {
  const d = defOf(s);
  switch (d.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(d.shape ?? {})
          .filter(([, child]) => !isOmittable(child))
          .map(([k, child]) => [k, minimalValue(child)]),
      );
    case 'string':
      return firstAccepted(s, [...STRING_CANDIDATES, 'z'.repeat(64)], 'zz-probe');
    case 'number':
    case 'int':
      return firstAccepted(s, NUMBER_CANDIDATES, 1);
    case 'bigint':
      return 1n;
    case 'boolean':
      return false;
    case 'date':
      return new Date('2026-10-20T00:00:00Z');
    case 'null':
      return null;
    case 'enum':
      return Object.values(d.entries ?? {})[0];
    case 'literal':
      return d.values?.[0];
    case 'array': {
      const one = [minimalValue(d.element!)];
      return s.safeParse([]).success ? [] : one;
    }
    case 'tuple':
      return (d.items ?? []).map(minimalValue);
    case 'record':
    case 'map':
      return {};
    case 'union': {
      const values = (d.options ?? []).map(minimalValue);
      return firstAccepted(s, values, values[0]);
    }
    case 'intersection':
      return { ...(minimalValue(d.left!) as object), ...(minimalValue(d.right!) as object) };
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return minimalValue(d.innerType!);
    case 'pipe':
      return minimalValue(d.in!);
    case 'lazy':
      return minimalValue(d.getter!());
    default:
      return {};
  }
}

/** Query strings carry text: numbers and booleans are written out, absent values dropped. */
export function toQuery(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v as string | number | boolean)]),
  );
}
