// Regular expression with an exclusion expression: a hit is dropped when an exclusion match overlaps it
// (e.g. `不知道` excluded by `不知道(您|你|是否)`), which keeps polite forms out of 违禁用语 (seed 002).
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { defineOperator } from './define.ts';
import { compileScanner, linearPatternError } from '../../text/linear-regex.ts';

const regexSource = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    const why = linearPatternError(s);
    if (why !== undefined)
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${why}` });
  });

export const regex = defineOperator({
  id: 'regex',
  names: { zh: '正则表达式', en: 'Regular expression' },
  summary: 'Hits every match of `pattern` in the in-scope turns unless an `exclude` match overlaps it.',
  timing: false,
  midCall: true,
  textHits: true,
  defaultRole: 'agent',
  options: z.object({
    pattern: regexSource,
    exclude: regexSource.optional(),
    ignoreCase: z.boolean().default(false),
    suggestion: z.string().min(1).optional(),
  }),
  compile(o) {
    // Proven-safe patterns run on V8, the rest on the linear-time engine (src/core/text/regex-safety.ts).
    const re = compileScanner(o.pattern, o.ignoreCase);
    const ex = o.exclude === undefined ? undefined : compileScanner(o.exclude, o.ignoreCase);
    return (view) => {
      const hits: RawHit[] = [];
      for (const turn of view.turns) {
        const text = view.conversation.turns[turn]?.text ?? '';
        const found = re.all(text);
        if (found.length === 0) continue;
        // The exclusion only runs on turns the pattern hits: most turns cost one regex scan, not two.
        const excluded = ex === undefined ? [] : ex.all(text);
        for (const m of found) {
          if (excluded.some((e) => e.start < m.end && m.start < e.end)) continue;
          hits.push(o.suggestion === undefined ? { turn, ...m } : { turn, ...m, suggestion: o.suggestion });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
