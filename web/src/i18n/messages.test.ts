import { describe, expect, it } from 'vitest';
import { enUS, interpolate, zhCN } from './messages.ts';

describe('UI dictionary', () => {
  it('has a non-empty text in both languages for every key, with the same placeholders', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(zhCN[key].length, key).toBeGreaterThan(0);
      expect(enUS[key].length, key).toBeGreaterThan(0);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(enUS[key]), key).toEqual(names(zhCN[key]));
    }
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('共 {total} 条', { total: 12 })).toBe('共 12 条');
    expect(interpolate('扣 {points} 分')).toBe('扣 {points} 分');
    expect(interpolate('{a}-{b}', { a: 1 })).toBe('1-{b}');
  });
});
