// A hit whose evidence lies where speech-to-text was unsure goes to review (suggested, no deduction); the same hit
// on a confidently heard turn deducts as usual (docs/stt.md).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../conversation/schema.ts';
import { compilePack } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { inLowConfidence } from './low-confidence.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const pack = compilePack(readFileSync(join(root, 'packs/default/pack.yaml'), 'utf8'), 'pack.yaml');

function call(lowOn: 'none' | 'forbidden' | 'other', span?: [number, number]): Conversation {
  const forbidden = '这个问题，我不是跟你说过了吗';
  const stretch = span ?? [0, forbidden.length];
  return {
    id: 'stt-1',
    channel: 'voice',
    turns: [
      { role: 'agent', text: '您好，请问有什么可以帮您', startMs: 0, endMs: 2000 },
      {
        role: 'customer',
        text: '怎么还没到',
        startMs: 2500,
        endMs: 3500,
        ...(lowOn === 'other' ? { meta: { lowConfidence: [[0, 5]] } } : {}),
      },
      {
        role: 'agent',
        text: forbidden,
        startMs: 4000,
        endMs: 6000,
        ...(lowOn === 'forbidden' ? { meta: { asrConfidence: 0.31, lowConfidence: [stretch] } } : {}),
      },
      { role: 'agent', text: '感谢您的来电，再见', startMs: 6500, endMs: 8000 },
    ],
  };
}

const forbiddenHits = (c: Conversation) =>
  evaluate(pack, c).hits.filter((h) => h.rule === 'forbidden-phrase');

describe('low-confidence stretches', () => {
  it('a forbidden phrase heard with confidence deducts', () => {
    const [hit] = forbiddenHits(call('none'));
    expect(hit?.deduction).toBeGreaterThan(0);
    expect(hit?.suggested).toBeUndefined();
  });

  it('the same phrase in a low-confidence stretch is sent to review without deduction, and the score keeps the points', () => {
    const sure = evaluate(pack, call('none'));
    const unsure = evaluate(pack, call('forbidden'));
    const [hit] = unsure.hits.filter((h) => h.rule === 'forbidden-phrase');
    expect(hit).toMatchObject({
      deduction: 0,
      suggested: true,
      review: 'low-asr-confidence',
      text: '我不是跟你说过了吗',
    });
    expect(unsure.score.total).toBeGreaterThan(sure.score.total);
    expect(unsure.score.categories.language).toBe(30);
  });

  it('only evidence overlapping the stretch is doubted', () => {
    // the stretch covers "这个问题，" (0–5): the phrase starts at 5, so it is outside and still deducts
    expect(forbiddenHits(call('forbidden', [0, 5]))[0]?.deduction).toBeGreaterThan(0);
    expect(forbiddenHits(call('forbidden', [6, 8]))[0]?.suggested).toBe(true);
    // doubt on another turn changes nothing here
    expect(forbiddenHits(call('other'))[0]?.deduction).toBeGreaterThan(0);
  });

  it('absences and malformed meta are never doubted', () => {
    const c = call('none');
    const withMeta: Conversation = {
      ...c,
      turns: c.turns.map((t, i) =>
        i === 2 ? { ...t, meta: { lowConfidence: ['x', [3], [5, 2], [1, 4]] } } : t,
      ),
    };
    expect(inLowConfidence(withMeta, 2, 0, 0)).toBe(false);
    expect(inLowConfidence(withMeta, 2, 4, 9)).toBe(false);
    expect(inLowConfidence(withMeta, 2, 3, 9)).toBe(true);
  });
});
