// Page-by-page impact accumulation gives the same figures as one impactReport over everything.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_PATH } from '../cli/load-pack.ts';
import type { Conversation } from '../core/conversation/schema.ts';
import { compilePack, evaluate, impactReport } from '../core/rules/index.ts';
import { addPage, newAccumulator, summarize } from './impact-summary.ts';

const source = readFileSync(DEFAULT_PACK_PATH, 'utf8');
const before = compilePack(source, 'pack.yaml');
const after = compilePack(
  source
    .replace(/^version: .*$/m, 'version: 1.1.0')
    .replace(/^( *)爱找谁找谁,\n/m, '$1爱找谁找谁,\n$1我不掺和,\n'),
  'pack.yaml',
);
const texts = ['您好，那边的事我不掺和', '您好，请问有什么可以帮您', '我不掺和，不归我管', '我不知道，再见'];
const calls: Conversation[] = texts.map((text, i) => ({
  id: `c-${i}`,
  channel: 'chat',
  turns: [
    { role: 'agent', text },
    { role: 'customer', text: '好的谢谢' },
  ],
}));

describe('impact accumulation', () => {
  it('merges pages into the figures of a single report, with histograms', () => {
    const pairs = calls.map((c) => [evaluate(before, c), evaluate(after, c)] as const);
    const acc = newAccumulator(10);
    addPage(acc, pairs.slice(0, 3));
    addPage(acc, pairs.slice(3));
    const merged = summarize(acc);
    const whole = impactReport(pairs);
    expect(merged.conversations).toBe(whole.conversations);
    expect(merged.changedCount).toBe(whole.changed.length);
    expect(merged.rules).toEqual(whole.rules);
    expect(merged.meanScoreAfter).toBeCloseTo(whole.meanScoreAfter, 9);
    expect(merged.rules).toEqual([
      expect.objectContaining({ rule: 'shirking', hitsGained: 2, conversationsGaining: 2 }),
    ]);
    expect(merged.deltaHistogram.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(merged.deltaHistogram.counts[merged.deltaHistogram.bins.indexOf('-5 < Δ ≤ -2')]).toBe(2);
    expect(merged.histogram.before.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('keeps only the most moved conversations', () => {
    const acc = newAccumulator(1);
    addPage(
      acc,
      calls.map((c) => [evaluate(before, c), evaluate(after, c)] as const),
    );
    const s = summarize(acc);
    expect(s.changed).toHaveLength(1);
    expect(s.changedCount).toBe(2);
  });
});
