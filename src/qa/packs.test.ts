import { describe, expect, it } from 'vitest';
import { packRevision, revisionLabel } from './packs.ts';

describe('pack revisions', () => {
  it('orders semantic versions as integers and converts back', () => {
    expect(packRevision('1.0.0')).toBe(1_000_000);
    expect(packRevision('1.2.3')).toBe(1_002_003);
    expect(packRevision('1.10.0')).toBeGreaterThan(packRevision('1.9.99'));
    expect(revisionLabel(packRevision('2.11.7'))).toBe('2.11.7');
  });
});
