// Regular expression with an exclusion expression: a hit is dropped when an exclusion match overlaps it
// (e.g. `不知道` excluded by `不知道(您|你|是否)`), which keeps polite forms out of 违禁用语 (seed 002).
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { defineOperator } from './define.ts';

const regexSource = z
  .string()
  .min(1)
  .refine(
    (s) => {
      try {
        new RegExp(s, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression (JavaScript, u flag)' },
  );

const NONE: readonly { start: number; end: number }[] = Object.freeze([]);

export function allMatches(re: RegExp, text: string): readonly { start: number; end: number }[] {
  let out: { start: number; end: number }[] | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    (out ??= []).push({ start: m.index, end: m.index + m[0].length });
  }
  return out ?? NONE;
}

export const regex = defineOperator({
  id: 'regex',
  names: { zh: '正则表达式', en: 'Regular expression' },
  summary: 'Hits every match of `pattern` in the in-scope turns unless an `exclude` match overlaps it.',
  timing: false,
  textHits: true,
  defaultRole: 'agent',
  options: z.object({
    pattern: regexSource,
    exclude: regexSource.optional(),
    ignoreCase: z.boolean().default(false),
    suggestion: z.string().min(1).optional(),
  }),
  compile(o) {
    const flags = o.ignoreCase ? 'giu' : 'gu';
    const re = new RegExp(o.pattern, flags);
    const ex = o.exclude === undefined ? undefined : new RegExp(o.exclude, flags);
    return (view) => {
      const hits: RawHit[] = [];
      for (const turn of view.turns) {
        const text = view.conversation.turns[turn]?.text ?? '';
        const found = allMatches(re, text);
        if (found.length === 0) continue;
        // The exclusion only runs on turns the pattern hits: most turns cost one regex scan, not two.
        const excluded = ex === undefined ? [] : allMatches(ex, text);
        for (const m of found) {
          if (excluded.some((e) => e.start < m.end && m.start < e.end)) continue;
          hits.push(o.suggestion === undefined ? { turn, ...m } : { turn, ...m, suggestion: o.suggestion });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
