// The assist checker over the default pack: which rules apply to one message, offsets, severities, suggestions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_PATH } from '../cli/load-pack.ts';
import { compilePack } from '../core/rules/index.ts';
import { buildChecker } from './checker.ts';

const checker = buildChecker(compilePack(readFileSync(DEFAULT_PACK_PATH, 'utf8'), 'pack.yaml'), 1_000_000);

describe('assist checker', () => {
  it('keeps only message-level rules (no absences, no timing, no customer context)', () => {
    expect(checker.rules).toEqual(
      expect.arrayContaining([
        'forbidden-phrase',
        'harsh-tone',
        'shirking',
        'filler-word',
        'habitual-phrasing',
      ]),
    );
    for (const r of ['missing-greeting', 'missing-closing', 'no-empathy', 'agent-hangup', 'long-silence']) {
      expect(checker.rules).not.toContain(r);
    }
  });

  it('blocks shirking and forbidden phrases, with offsets into the text', () => {
    const text = '这个不归我管，你找别人吧';
    const r = checker.check(text, 'chat');
    expect(r.block).toBe(true);
    expect(r.hits.map((h) => [h.rule, h.text, h.severity])).toEqual([
      ['shirking', '不归我管', 'block'],
      ['shirking', '你找别人', 'block'],
    ]);
    for (const h of r.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('suggests the professional phrasing for habitual phrasing without blocking', () => {
    const r = checker.check('好的，我试试看吧', 'chat');
    expect(r.block).toBe(false);
    expect(r.hits).toEqual([
      expect.objectContaining({
        rule: 'habitual-phrasing',
        severity: 'info',
        suggestion: '我一定尽力而为。',
      }),
    ]);
  });

  it('passes a courteous message and a polite question', () => {
    expect(checker.check('您好，请问有什么可以帮您？', 'chat')).toEqual({ hits: [], block: false });
    expect(checker.check('不知道您方便提供一下订单号吗？', 'chat').hits).toEqual([]);
  });
});
