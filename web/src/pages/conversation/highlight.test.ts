import { describe, expect, it } from 'vitest';
import { splitBySpans } from './highlight.ts';

const text = '啊，这个不归我管，我不是跟你说过了吗';

describe('splitBySpans', () => {
  it('returns the whole text as one plain segment without hits', () => {
    expect(splitBySpans(text, [])).toEqual([{ text, start: 0, end: text.length, hits: [] }]);
  });

  it('cuts exactly at UTF-16 offsets and keeps the surrounding text', () => {
    const hit = { start: 2, end: 8, rule: 'shirking' };
    const segs = splitBySpans(text, [hit]);
    expect(segs.map((s) => s.text)).toEqual(['啊，', '这个不归我管', '，我不是跟你说过了吗']);
    expect(segs[1]!.hits).toEqual([hit]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('splits overlapping spans into pieces that list every covering hit', () => {
    const a = { start: 9, end: 18 };
    const b = { start: 13, end: 18 };
    const segs = splitBySpans(text, [a, b]);
    expect(segs.map((s) => [s.text, s.hits.length])).toEqual([
      ['啊，这个不归我管，', 0],
      ['我不是跟', 1],
      ['你说过了吗', 2],
    ]);
  });

  it('handles astral characters by UTF-16 offsets (an emoji is two units)', () => {
    const s = '好的😀谢谢';
    const segs = splitBySpans(s, [{ start: 2, end: 4 }]);
    expect(segs.map((x) => x.text)).toEqual(['好的', '😀', '谢谢']);
  });

  it('ignores empty spans and clamps spans past the end', () => {
    const segs = splitBySpans('你好', [
      { start: 1, end: 1 },
      { start: 1, end: 99 },
    ]);
    expect(segs.map((x) => [x.text, x.hits.length])).toEqual([
      ['你', 0],
      ['好', 1],
    ]);
  });

  it('keeps markup in transcripts as plain text pieces', () => {
    const s = '<img src=x onerror=alert(1)>';
    expect(splitBySpans(s, [{ start: 0, end: 4 }]).map((x) => x.text)).toEqual([
      '<img',
      ' src=x onerror=alert(1)>',
    ]);
  });
});
