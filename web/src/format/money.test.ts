import { describe, expect, it } from 'vitest';
import { formatPercent, formatYuan, parseYuanToFen, previousMonth } from './money.ts';

describe('money in fen shown as yuan', () => {
  it('formats whole fen exactly with thousands separators', () => {
    expect(formatYuan(20000)).toBe('¥200.00');
    expect(formatYuan(-140000)).toBe('-¥1,400.00');
    expect(formatYuan(13468580)).toBe('¥134,685.80');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(0, { signed: true })).toBe('¥0.00');
    expect(formatYuan(8750, { signed: true })).toBe('+¥87.50');
  });

  it('reads typed yuan amounts as fen and refuses non-amounts', () => {
    expect(parseYuanToFen('12.5')).toBe(1250);
    expect(parseYuanToFen('-1,400')).toBe(-140000);
    expect(parseYuanToFen(' 0.07 ')).toBe(7);
    expect(parseYuanToFen('1.234')).toBeNull();
    expect(parseYuanToFen('abc')).toBeNull();
    expect(parseYuanToFen('')).toBeNull();
  });

  it('formats rates and steps back a month', () => {
    expect(formatPercent(0.9734)).toBe('97.3%');
    expect(formatPercent(null)).toBe('');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });
});
