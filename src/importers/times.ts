// Turn times inside a call ("milliseconds from call start" in conversation v1) as exports write them.
// Exports mix units: ASR vendors give milliseconds (1230), spreadsheets seconds (1.23) or clock text
// (00:01.230, 01:02, 1:02:03), Chinese reports 1分02秒. Explicit forms are unambiguous; only a bare integer
// needs a unit, which the caller decides once per file (see `inferIntegerUnit`).
import type { TimeUnit } from './types.ts';

export type OffsetParse = { ok: true; ms: number } | { ok: false; message: string };

const CLOCK = /^(?:(\d+):)?(\d{1,3}):(\d{1,2})(?:[.,](\d{1,3}))?$/;
const WITH_UNIT = /^(\d+(?:\.\d+)?)\s*(ms|毫秒|s|sec|secs|seconds?|秒)$/i;
const MIN_SEC = /^(\d+)\s*(?:分钟?|min|m)\s*(?:(\d+(?:\.\d+)?)\s*(?:秒|s|sec)?)?$/i;
const DECIMAL = /^\d+\.\d+$/;
const INTEGER = /^\d+$/;

/** The unit a bare integer takes: 'ms' or 's' ('auto' must be resolved first with `inferIntegerUnit`). */
export type IntegerUnit = 'ms' | 's';

/**
 * Parse one time offset. Clock text `[h:]mm:ss[.fff]` (two parts are minutes:seconds: a call is minutes long),
 * decimals are seconds, `12s`/`12秒`/`1500ms`/`1500毫秒`/`1分02秒` carry their unit, and a bare integer
 * takes `integerUnit`.
 */
export function parseOffset(raw: string, integerUnit: IntegerUnit): OffsetParse {
  const s = raw.trim();
  if (INTEGER.test(s)) return ok(integerUnit === 'ms' ? Number(s) : Number(s) * 1000);
  if (DECIMAL.test(s)) return ok(Number(s) * 1000);
  const c = CLOCK.exec(s);
  if (c) {
    const h = Number(c[1] ?? 0);
    const m = Number(c[2]);
    const sec = Number(c[3]);
    if (sec > 59 || (c[1] !== undefined && m > 59)) return bad(raw);
    const frac = Number(`0.${c[4] ?? '0'}`);
    return ok((h * 3600 + m * 60 + sec + frac) * 1000);
  }
  const u = WITH_UNIT.exec(s);
  if (u) {
    const unit = (u[2] ?? '').toLowerCase();
    return ok(unit === 'ms' || unit === '毫秒' ? Number(u[1]) : Number(u[1]) * 1000);
  }
  const ms = MIN_SEC.exec(s);
  if (ms) return ok((Number(ms[1]) * 60 + Number(ms[2] ?? 0)) * 1000);
  return bad(raw);
}

/** A number cell (XLSX) in a time column: integers follow `integerUnit`, fractions are seconds. */
export function offsetFromNumber(n: number, integerUnit: IntegerUnit): OffsetParse {
  if (!Number.isFinite(n) || n < 0) return bad(String(n));
  return ok(Number.isInteger(n) && integerUnit === 'ms' ? n : n * 1000);
}

/**
 * Resolve 'auto' for one file: a header that names its unit wins (start_ms, 开始时间(毫秒) / start_s, 开始(秒));
 * otherwise any decimal value means seconds, and integers up to 9 999 are seconds (a call under 2 h 47 min)
 * while a largest value of 10 000 or more means milliseconds (no call lasts 10 000 s, and any call longer than
 * 10 s written in ms reaches it).
 */
export function inferIntegerUnit(
  option: TimeUnit,
  headers: readonly string[],
  values: readonly string[],
): IntegerUnit {
  if (option !== 'auto') return option;
  const hinted = headers.map(headerUnit).find((u) => u !== undefined);
  if (hinted) return hinted;
  let max = 0;
  for (const v of values) {
    const s = v.trim();
    if (DECIMAL.test(s)) return 's';
    if (INTEGER.test(s)) max = Math.max(max, Number(s));
  }
  return max >= 10_000 ? 'ms' : 's';
}

/** The unit a header names, if any: `start_ms`, `开始时间（毫秒）` → ms; `start_s`, `结束(秒)`, `end_sec` → s. */
export function headerUnit(header: string): IntegerUnit | undefined {
  const h = header.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(); // BeginTimeMs → begin_time_ms
  if (/毫秒|(^|[^a-z])ms($|[^a-z])|millis/.test(h)) return 'ms';
  if (/秒|(^|[^a-z])(s|sec|secs|seconds)($|[^a-z])/.test(h)) return 's';
  return undefined;
}

function ok(ms: number): OffsetParse {
  return { ok: true, ms: Math.round(ms) };
}

function bad(raw: string): OffsetParse {
  return {
    ok: false,
    message: `not a time offset: "${raw}" (expected ms, seconds, mm:ss[.fff] or hh:mm:ss[.fff])`,
  };
}
