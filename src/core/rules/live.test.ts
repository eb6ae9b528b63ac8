// Table tests of the incremental (live-call) evaluation: which default-pack rules decide mid-call, fresh hits
// reported once, provisional hits on a partial segment.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conversationSchema } from '../conversation/schema.ts';
import { compilePack } from './compile.ts';
import { checkLive, liveHitKey, ruleDecidesMidCall } from './live.ts';
import { conv } from './test-kit.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const pack = compilePack(readFileSync(join(root, 'packs/default/pack.yaml'), 'utf8'), 'pack.yaml');
const rule = (id: string) => pack.rules.find((r) => r.id === id)!;

describe('ruleDecidesMidCall (default pack)', () => {
  it.each([
    ['forbidden-phrase', true],
    ['complaint-risk', true],
    ['insult', true],
    ['harsh-tone', true],
    ['long-silence', true],
    ['missing-closing', false],
    ['missing-greeting', false],
    ['hold-without-thanks', false],
    ['agent-hangup', false],
    ['long-hold', false],
  ] as const)('%s → %s', (id, expected) => {
    expect(ruleDecidesMidCall(rule(id))).toBe(expected);
  });
});

type Line = readonly ['a' | 'c', string];

/** Feeds the lines one final segment at a time, as a live call does; returns the rule ids reported per step. */
function stream(lines: readonly Line[]): string[][] {
  const reported = new Set<string>();
  const steps: string[][] = [];
  for (let i = 1; i <= lines.length; i++) {
    const c = conversationSchema.parse(conv(lines.slice(0, i)));
    const { fresh } = checkLive(pack, c, false, reported);
    for (const h of fresh) reported.add(liveHitKey(h));
    steps.push(fresh.map((h) => h.rule));
  }
  return steps;
}

describe('checkLive', () => {
  it.each<{ name: string; lines: Line[]; steps: string[][] }>([
    {
      name: 'a forbidden phrase is reported on its segment, once',
      lines: [
        ['a', '您好，请问有什么可以帮您'],
        ['c', '我的快递怎么还没到'],
        ['a', '这个我不知道'],
        ['c', '那怎么办'],
      ],
      steps: [[], [], ['forbidden-phrase'], []],
    },
    {
      name: 'a threat to go to the media is reported when the customer says it',
      lines: [
        ['a', '您好'],
        ['c', '再不解决我就去找媒体曝光'],
      ],
      steps: [[], ['complaint-risk', 'complaint-risk']], // 找媒体 and 曝光
    },
    {
      name: 'a missing closing is never reported mid-call',
      lines: [
        ['a', '您好'],
        ['c', '好的'],
      ],
      steps: [[], []],
    },
  ])('$name', ({ lines, steps }) => {
    expect(stream(lines)).toEqual(steps);
  });

  it('a partial segment gives provisional hits only, and nothing fresh', () => {
    const c = conversationSchema.parse(
      conv([
        ['a', '我不知道'],
        ['a', '这个真不清楚'],
      ]),
    );
    const r = checkLive(pack, c, true, new Set());
    expect(r.fresh).toEqual([]);
    expect(r.provisional.map((h) => [h.rule, h.turn])).toEqual([['forbidden-phrase', 1]]);
  });

  it('an empty call checks nothing', () => {
    expect(checkLive(pack, conversationSchema.parse(conv([])), false, new Set())).toEqual({
      fresh: [],
      provisional: [],
    });
  });
});
