import { describe, expect, it } from 'vitest';
import { divRound, formatFen, hasAtMostTwoDecimals, mulDivRound, toHundredths } from './money.ts';

describe('money', () => {
  it('rounds half away from zero', () => {
    expect([
      divRound(5n, 2n),
      divRound(-5n, 2n),
      divRound(4n, 3n),
      divRound(-4n, 3n),
      divRound(5n, -2n),
    ]).toEqual([3n, -3n, 1n, -1n, -3n]);
    expect(mulDivRound(700_000, 2000, 10_000)).toBe(140_000);
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
  });

  it('scales decimals by their written digits, not their binary value', () => {
    expect([toHundredths(1.005), toHundredths(97), toHundredths(-0.125), toHundredths(89.999)]).toEqual([
      101, 9700, -13, 9000,
    ]);
    expect([
      hasAtMostTwoDecimals(97.25),
      hasAtMostTwoDecimals(0.125),
      hasAtMostTwoDecimals(Infinity),
    ]).toEqual([true, false, false]);
  });

  it('formats fen as yuan', () => {
    expect([formatFen(140_000), formatFen(-5000), formatFen(7), formatFen(0)]).toEqual([
      '1400.00',
      '-50.00',
      '0.07',
      '0.00',
    ]);
    expect(() => formatFen(1.5)).toThrow(/whole number of fen/);
  });
});
