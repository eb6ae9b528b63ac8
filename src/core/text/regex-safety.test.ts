import { describe, expect, it } from 'vitest';
import { backtrackSafeSource } from './regex-safety.ts';
import { allMatches, compileLinear, compileScanner } from './linear-regex.ts';

// The default pack's patterns (packs/default/pack.yaml) and common rule shapes: all provably bounded.
const SAFE = [
  '[啊喂哎唉]+',
  '喂养|投喂',
  '嘛|啦+',
  '干嘛',
  '(?<!干)嘛',
  '难道[^，。！？!?,]{0,12}[吗么]|你自己不会[^，。！？!?,]{1,8}[吗么]|你(是)?(没|没有)(听|看)(清|明白|懂)',
  '不知道(您|你|是否)',
  '[\\u4e00-\\u9fa5]+',
  '\\d{11}',
  '1[3-9]\\d{9}',
  'vip|VIP',
  'a.b',
  '^您好',
  '再见$',
  '\\s',
  '[\\s,]x',
  '\\x{4e00}\\u{9fa5}',
  '[]a]',
  '[a-]',
  '\\.\\*\\(\\)',
  '工号\\S{0,3}',
  '😀+',
];

// Unbounded backtracking (exponential or polynomial) or syntax outside the subset: stay on RE2JS.
const UNSAFE = [
  '(a+)+$',
  '(a|aa)+b',
  '(a|a)*',
  '.*.*x',
  '[^，。]*吗',
  '[啊]+$',
  '(x{1,9}){1,9}y',
  '(?i)abc',
  '(?P<n>a)',
  '\\p{Han}',
  '[[:alpha:]]',
  '\\Qa.b\\E',
  '\\Aabc',
  'a{,3}',
];

describe('backtrackSafeSource', () => {
  it.each(SAFE)('runs %s on V8', (p) => expect(backtrackSafeSource(p, false)).toBeTypeOf('string'));
  it.each(UNSAFE)('keeps %s on RE2JS', (p) => expect(backtrackSafeSource(p, false)).toBeUndefined());
  it('keeps \\w and \\b on RE2JS under ignoreCase, where JavaScript would add ſ and the Kelvin sign', () => {
    expect(backtrackSafeSource('\\w+', true)).toBeUndefined();
    expect(backtrackSafeSource('\\bok', true)).toBeUndefined();
    expect(backtrackSafeSource('\\bok', false)).toBeTypeOf('string');
  });
  it('a hostile pattern is scanned by the linear engine', () => {
    const s = compileScanner('(a+)+$', false);
    expect(s.engine).toBe('re2');
    expect(s.all(`${'a'.repeat(20_000)}!`)).toEqual([]);
  });
});

/** Deterministic texts drawn from the characters the patterns talk about, punctuation and astral emoji. */
function texts(count: number): string[] {
  const alphabet = [
    ...'啊喂哎唉养投嘛啦干难道吗么你自己不会是没有听看清明白懂知您否一龥好再见 ，。！？!?,.*()ab1359xyzVIPvipS\n\t😀]-',
  ];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    const len = Math.floor(rnd() * 40);
    for (let i = 0; i < len; i++) t += alphabet[Math.floor(rnd() * alphabet.length)];
    out.push(t);
  }
  out.push('难道你自己不会看吗', '你是没有听明白', '干嘛呢，好嘛啦啦', '13912345678 VIP vip', '工号S12 再见');
  return out;
}

describe('V8 and RE2JS find the same matches', () => {
  const corpus = texts(1500);
  it.each(SAFE.flatMap((p) => [[p, false] as const, [p, true] as const]))(
    '%s (ignoreCase %s)',
    (pattern, ignoreCase) => {
      const scanner = compileScanner(pattern, ignoreCase);
      const linear = compileLinear(pattern, ignoreCase);
      for (const text of corpus) expect(scanner.all(text), text).toEqual(allMatches(linear, text));
    },
  );
});
