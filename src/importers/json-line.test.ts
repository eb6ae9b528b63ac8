import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from './json-line.ts';

const line = (text: string, extra = ''): string =>
  `{"id":"c1","channel":"chat","turns":[{"role":"customer","text":${text}}]${extra}}`;

describe('parseJsonlLine: what the database cannot store is the record’s own error', () => {
  it('refuses a NUL or a lone surrogate written as an escape, in the text or the id', () => {
    for (const bad of [line('"a\\u0000b"'), line('"a\\ud800b"'), line('"a\\udc00"')]) {
      const r = parseJsonlLine(bad, 7);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 7, field: 'turns.0.text' });
    }
    const id = parseJsonlLine('{"id":"c\\u0000","turns":[]}', 1);
    expect(id.ok).toBe(false);
  });

  it('accepts emoji, raw or as an escaped pair, and ordinary escapes', () => {
    for (const good of [line('"好的😊"'), line('"好的\\ud83d\\ude0a"'), line('"说\\"不知道\\"\\n"')]) {
      const r = parseJsonlLine(good, 1);
      expect(r.ok).toBe(true);
    }
  });

  it('refuses a lone surrogate in a string that did not come from UTF-8 (the line is any JS string)', () => {
    const r = parseJsonlLine(line(`"a${String.fromCharCode(0xd800)}b"`), 2);
    expect(r.ok).toBe(false);
  });

  it('still walks meta: a NUL deep inside it, or nesting past the limit, is refused', () => {
    const nul = parseJsonlLine(line('"hi"', ',"meta":{"a":{"b":"x\\u0000"}}'), 3);
    expect(nul.ok).toBe(false);
    if (!nul.ok) expect(nul.errors[0]?.field).toBe('meta.a.b');
    const deep = parseJsonlLine(line('"hi"', `,"meta":${'{"a":'.repeat(40)}1${'}'.repeat(40)}`), 4);
    expect(deep.ok).toBe(false);
  });
});
