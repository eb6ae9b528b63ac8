import { describe, expect, it } from 'vitest';
import { normalize } from './index.ts';
import { buildFoldTable } from './fold.ts';
import { T2S_PAIRS } from './t2s-table.ts';
import { buildT2sPairs } from './t2s-build.ts';
import { PINYIN_GROUPS } from './pinyin-table.ts';
import { buildPinyinGroups } from './pinyin-build.ts';

describe('normalize', () => {
  it('folds traditional, full-width and case, drops noise, and maps back to the original', () => {
    const t = '您好，請問ＡＰＰ_怎麼 用?';
    const n = normalize(t);
    expect(n.text).toBe('您好请问app怎么用');
    expect([...n.map]).toEqual([0, 1, 3, 4, 5, 6, 7, 9, 10, 12, 14]);
  });

  it('keeps 么 (standard simplified) and emoji', () => {
    expect(normalize('什么😊').text).toBe('什么😊');
  });
});

describe('generated tables are in sync with their sources', () => {
  it('t2s-table.ts', () => {
    expect(T2S_PAIRS).toBe([...buildT2sPairs()].map(([k, v]) => k + v).join(''));
  });
  it('pinyin-table.ts', () => {
    expect(PINYIN_GROUPS).toBe([...buildPinyinGroups()].map(([py, cs]) => `${py}:${cs}`).join('|'));
  });
});

describe('the fold table', () => {
  it('folds the ideograph, Hangul and private-use blocks by shortcut exactly as the full rules do', () => {
    const fast = buildFoldTable();
    const full = buildFoldTable(false);
    let differ = 0;
    for (let c = 0; c < 0x10000; c++) if (fast[c] !== full[c]) differ++;
    expect(differ).toBe(0);
    expect(fast['們'.charCodeAt(0)]).toBe('们'.charCodeAt(0));
  });
});
