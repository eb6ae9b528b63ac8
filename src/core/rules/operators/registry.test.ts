// Meta-test (house style §5): every operator module is registered under its file name, has a table test with
// valid and invalid cases, and is documented in docs/rules.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPERATORS } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const NOT_OPERATORS = new Set(['index', 'define', 'common', 'timing']);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.cases.ts'))
  .map((f) => f.slice(0, -3))
  .filter((f) => !NOT_OPERATORS.has(f));
const docs = readFileSync(join(here, '../../../../docs/rules.md'), 'utf8');

describe('operator registry', () => {
  it('registers every operator module, under its file name', () => {
    expect(OPERATORS.map((o) => o.id).sort()).toEqual([...modules].sort());
  });

  it.each(OPERATORS.map((o) => o.id))('%s has a table test with valid and invalid cases', (id) => {
    expect(existsSync(join(here, `${id}.test.ts`))).toBe(true);
    const src = readFileSync(join(here, `${id}.cases.ts`), 'utf8');
    expect(src).toMatch(/export const valid: TableCase\[\]/);
    expect(src).toMatch(/export const invalid: InvalidCase\[\]/);
  });

  it.each(OPERATORS.map((o) => o.id))('%s is documented in docs/rules.md', (id) => {
    expect(docs).toContain(`### \`${id}\``);
  });

  it.each(OPERATORS)('$id has names in Chinese and English and a summary', (o) => {
    expect(o.names.zh).toMatch(/\p{Script=Han}/u);
    expect(o.names.en.length).toBeGreaterThan(0);
    expect(o.summary.length).toBeGreaterThan(10);
  });
});
