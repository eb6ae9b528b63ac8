import { describe, expect, it } from 'vitest';
import { headerUnit, inferIntegerUnit, parseOffset } from './times.ts';

describe('parseOffset', () => {
  it.each([
    ['1230', 'ms', 1230],
    ['12', 's', 12_000],
    ['12.5', 'ms', 12_500],
    ['01:02', 'ms', 62_000],
    ['00:03.200', 'ms', 3_200],
    ['1:02:03', 'ms', 3_723_000],
    ['00:00:01,230', 'ms', 1_230],
    ['75:30', 'ms', 4_530_000],
    ['1500ms', 's', 1_500],
    ['1500 毫秒', 's', 1_500],
    ['12s', 'ms', 12_000],
    ['12.5秒', 'ms', 12_500],
    ['1分02秒', 'ms', 62_000],
    ['2分钟', 'ms', 120_000],
  ] as const)('%s (integers in %s) → %d ms', (raw, unit, ms) => {
    expect(parseOffset(raw, unit)).toEqual({ ok: true, ms });
  });

  it.each(['半分钟', '-3', '01:75', '1:60:00', '', 'abc'])('rejects %j', (raw) => {
    expect(parseOffset(raw, 'ms').ok).toBe(false);
  });
});

describe('inferIntegerUnit', () => {
  it('follows an explicit option', () => {
    expect(inferIntegerUnit('s', ['start_ms'], ['90000'])).toBe('s');
  });

  it('follows a unit in the header', () => {
    expect(inferIntegerUnit('auto', ['开始时间(毫秒)'], ['12'])).toBe('ms');
    expect(inferIntegerUnit('auto', ['end_s'], ['90000'])).toBe('s');
  });

  it('reads seconds when values are small or have decimals, ms when a value reaches 10 000', () => {
    expect(inferIntegerUnit('auto', ['开始时间'], ['0', '3', '95'])).toBe('s');
    expect(inferIntegerUnit('auto', ['开始时间'], ['0', '3.5', '12000'])).toBe('s');
    expect(inferIntegerUnit('auto', ['开始时间'], ['0', '3200', '12000'])).toBe('ms');
  });
});

describe('headerUnit', () => {
  it.each([
    ['start_ms', 'ms'],
    ['BeginTimeMs', 'ms'],
    ['开始（毫秒）', 'ms'],
    ['开始时间(秒)', 's'],
    ['end_sec', 's'],
    ['start_time', undefined],
    ['开始时间', undefined],
  ] as const)('%s → %s', (h, unit) => {
    expect(headerUnit(h)).toBe(unit);
  });
});
