import { describe, expect, it } from 'vitest';
import { findUnstorable, storableText, unstorableReason } from './storable.ts';

describe('storable text', () => {
  it.each([
    ['plain 中文', undefined],
    ['emoji 😀', undefined],
    ['\uffff\ufffe', undefined],
    ['a\u0000b', 'NUL'],
    ['\ud800', 'U+D800'],
    ['x\udc00', 'U+DC00'],
    ['\ude00\ud83d', 'U+DE00'],
  ])('%j → %s', (s, reason) => {
    const r = unstorableReason(s);
    if (reason === undefined) expect(r).toBeUndefined();
    else expect(r).toContain(reason);
  });

  it('replaces NUL and lone surrogates, keeps pairs', () => {
    expect(storableText('a\u0000b\ud800c😀')).toBe('a\ufffdb\ufffdc😀');
  });

  it('finds the first bad value or key with its path', () => {
    expect(findUnstorable({ a: [1, { b: 'ok' }, { c: 'x\u0000' }] })).toEqual({
      field: 'a.2.c',
      message: 'contains a NUL character (U+0000), which cannot be stored',
    });
    expect(findUnstorable({ m: { 'k\ud800': 1 } })?.field).toBe('m.k\ufffd');
    expect(findUnstorable({ a: 'fine', n: 1, z: null })).toBeUndefined();
  });

  it('stops at the depth limit without recursion, at any depth', () => {
    let v: unknown = 1;
    for (let i = 0; i < 100_000; i++) v = [v];
    const r = findUnstorable({ meta: v }, 32);
    expect(r?.message).toBe('nested deeper than 32 levels');
    expect(r?.field.startsWith('meta.0.0')).toBe(true);
    expect(findUnstorable({ a: { b: { c: 1 } } }, 3)).toBeUndefined();
    expect(findUnstorable({ a: { b: { c: {} } } }, 3)?.field).toBe('a.b.c');
  });
});

describe('the quick clean-value walk', () => {
  it('answers like the full walk on clean, doubtful and too-deep values', () => {
    const deep = (n: number): unknown => {
      let v: unknown = 'x';
      for (let i = 0; i < n; i++) v = { k: v };
      return v;
    };
    expect(findUnstorable({ id: 'a', turns: [{ role: 'agent', text: '您好 😀' }] })).toBeUndefined();
    expect(findUnstorable({ turns: [{ text: 'ok' }, { text: 'x\ud83d' }] })?.field).toBe('turns.1.text');
    expect(findUnstorable(deep(32), 32)).toBeUndefined();
    expect(findUnstorable(deep(33), 32)?.message).toBe('nested deeper than 32 levels');
    expect(findUnstorable({ 'a\u0000': 1 })?.message).toContain('key contains a NUL');
  });
});
