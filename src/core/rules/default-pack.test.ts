// The default pack: it loads, implements every rule id docs/product.md fixes, its golden conversations pass, and the
// committed JSON Schema is the one the zod schema generates.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConversation } from '../conversation/schema.ts';
import { compilePack } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { compareGolden, expectedSchema } from './golden.ts';
import { packJsonSchema } from './json-schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const packFile = join(root, 'packs/default/pack.yaml');
const pack = compilePack(readFileSync(packFile, 'utf8'), 'packs/default/pack.yaml');
const goldenDir = join(root, 'packs/default/golden');

const PRODUCT_RULE_IDS = [
  'forbidden-phrase',
  'filler-word',
  'missing-greeting',
  'missing-closing',
  'harsh-tone',
  'shirking',
  'agent-hangup',
  'interruption',
  'long-silence',
  'hold-without-thanks',
  'no-empathy',
  'complaint-risk',
];

describe('default pack', () => {
  it('implements every rule id of product.md, each citing a seed', () => {
    const ids = pack.rules.map((r) => r.id);
    for (const id of PRODUCT_RULE_IDS) expect(ids).toContain(id);
    for (const r of pack.rules) expect(r.seed).toMatch(/00[0-4]/);
  });

  it('complaint-risk is a flag without deduction', () => {
    expect(pack.rules.find((r) => r.id === 'complaint-risk')).toMatchObject({ flag: true, deduction: 0 });
  });

  it('matches the product.md example hit exactly', () => {
    const r = evaluate(pack, {
      id: 'c-0001',
      channel: 'voice',
      turns: [
        { role: 'agent', text: '您好，请问有什么可以帮您' },
        { role: 'customer', text: '怎么还没到' },
        { role: 'agent', text: '好的。' },
        { role: 'agent', text: '这个问题，我不是跟你说过了吗' },
      ],
    });
    expect(r.hits.filter((h) => h.rule === 'forbidden-phrase')).toEqual([
      {
        rule: 'forbidden-phrase',
        category: 'language',
        turn: 3,
        start: 5,
        end: 14,
        text: '我不是跟你说过了吗',
        deduction: 1,
        suggestion: '也许我说的不够清楚，请允许我再解释一遍。',
        item: 'language.forbidden',
        role: 'agent',
      },
    ]);
  });

  const cases = readdirSync(goldenDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  it.each(cases)('golden %s', (name) => {
    const conv = parseConversation(
      JSON.parse(readFileSync(join(goldenDir, name, 'conversation.json'), 'utf8')),
    );
    if (!conv.ok) throw new Error(JSON.stringify(conv.errors));
    const expected = expectedSchema.parse(
      JSON.parse(readFileSync(join(goldenDir, name, 'expected.json'), 'utf8')),
    );
    const actual = evaluate(pack, conv.conversation);
    expect(compareGolden(expected, actual)).toEqual([]);
    for (const h of actual.hits)
      expect(h.text).toBe(conv.conversation.turns[h.turn]?.text.slice(h.start, h.end));
  });

  it('the committed JSON Schema is up to date (regenerate: zhijian rules schema > packs/schema/rule-pack.schema.json)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(join(root, 'packs/schema/rule-pack.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(packJsonSchema());
  });
});
