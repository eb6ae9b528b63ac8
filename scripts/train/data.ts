// Reads a learned intent's training file (packs/<pack>/training/<intent>.yaml, format in docs/rules.md) into
// labelled sentences: the written ones plus every template expansion, de-duplicated, in file order.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const fileSchema = z
  .object({
    intent: z.string().regex(/^[a-z][a-z0-9-]*$/u),
    positive: z.array(z.string().min(1)).default([]),
    negative: z.array(z.string().min(1)).default([]),
    slots: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
    templates: z
      .object({ positive: z.array(z.string()).default([]), negative: z.array(z.string()).default([]) })
      .strict()
      .default({ positive: [], negative: [] }),
  })
  .strict();

export interface Example {
  readonly text: string;
  /** 1 = the sentence expresses the intent. */
  readonly label: 0 | 1;
}

/** Every filling of the template's `{slot}` placeholders, in slot-value order. */
export function expand(template: string, slots: Readonly<Record<string, readonly string[]>>): string[] {
  const m = /\{([a-z]+)\}/u.exec(template);
  if (m === null) return [template];
  const values = slots[m[1]!];
  if (values === undefined) throw new Error(`template "${template}": no slot "${m[1]}"`);
  return values.flatMap((v) => expand(template.replace(m[0], v), slots));
}

export function loadTraining(path: string): { intent: string; examples: Example[] } {
  const file = fileSchema.parse(parse(readFileSync(path, 'utf8')));
  const seen = new Set<string>();
  const examples: Example[] = [];
  const add = (text: string, label: 0 | 1): void => {
    if (seen.has(text)) return;
    seen.add(text);
    examples.push({ text, label });
  };
  for (const t of file.positive) add(t, 1);
  for (const t of file.negative) add(t, 0);
  for (const t of file.templates.positive) for (const s of expand(t, file.slots)) add(s, 1);
  for (const t of file.templates.negative) for (const s of expand(t, file.slots)) add(s, 0);
  return { intent: file.intent, examples };
}
