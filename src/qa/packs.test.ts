import { describe, expect, it } from 'vitest';
import { compilePack, PackError } from '../core/rules/index.ts';
import { packRevision, revisionLabel } from './packs.ts';

describe('pack revisions', () => {
  it('orders semantic versions as integers and converts back', () => {
    expect(packRevision('1.0.0')).toBe(1_000_000);
    expect(packRevision('1.2.3')).toBe(1_002_003);
    expect(packRevision('1.10.0')).toBeGreaterThan(packRevision('1.9.99'));
    expect(packRevision('1.999.999')).toBeLessThan(packRevision('2.0.0'));
    expect(revisionLabel(packRevision('2.11.7'))).toBe('2.11.7');
  });

  it('refuses a part the integer cannot hold instead of mapping 1.1000.0 onto 2.0.0', () => {
    expect(() => packRevision('1.1000.0')).toThrow(/"1\.1000\.0".*between 0 and 999/);
    expect(() => packRevision('1.0.1000')).toThrow(RangeError);
    expect(() => packRevision('1000.0.0')).toThrow(RangeError);
    expect(() => packRevision('1.2')).toThrow(RangeError);
  });

  it('rejects such a version when the pack is compiled, naming the line', () => {
    const source = ['pack: probe', 'version: 1.1000.0', 'scorecard: { categories: [] }', 'rules: []'].join(
      '\n',
    );
    let error: unknown;
    try {
      compilePack(source, 'probe.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackError);
    const issue = (error as PackError).issues.find((i) => i.path === 'version');
    expect(issue?.message).toMatch(/each part between 0 and 999/);
    expect(issue?.line).toBe(2);
  });
});
