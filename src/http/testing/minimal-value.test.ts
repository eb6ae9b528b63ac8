import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { minimalValue, toQuery } from './minimal-value.ts';

describe('minimalValue', () => {
  it('fills required fields with values the schema accepts and leaves optional ones out', () => {
    const s = z.object({
      id: z.string().regex(/^[A-Z]\d{3}$/),
      name: z.string().min(1).max(100),
      at: z.iso.datetime({ offset: true }),
      day: z.iso.date(),
      role: z.enum(['agent', 'admin']),
      kind: z.literal('call'),
      count: z.coerce.number().int().min(5),
      tags: z.array(z.string()).min(1),
      note: z.string().optional(),
      page: z.coerce.number().default(1),
      nested: z.object({ ok: z.boolean() }),
      either: z.union([z.number().min(3), z.string().email()]),
    });
    const v = minimalValue(s);
    expect(s.safeParse(v).success).toBe(true);
    expect(v).not.toHaveProperty('note');
    expect(v).not.toHaveProperty('page');
    expect(v).toMatchObject({ id: 'A001', role: 'agent', kind: 'call', nested: { ok: false } });
  });

  it('accepts an empty array when allowed and reads through pipes and nullables', () => {
    expect(minimalValue(z.array(z.number()))).toEqual([]);
    expect(minimalValue(z.string().nullable())).toBe('zz-probe');
    expect(minimalValue(z.string().transform((s) => s.length))).toBe('zz-probe');
  });

  it('writes query values as text', () => {
    expect(toQuery({ a: 1, b: true, c: undefined, d: 'x' })).toEqual({ a: '1', b: 'true', d: 'x' });
  });
});
