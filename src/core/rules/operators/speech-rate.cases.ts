// Table cases of the `speech-rate` operator (docs/rules.md "Operators"), kept out of speech-rate.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

export const when = { op: 'speech-rate', maxCpm: 300, minChars: 10 };
export const text = '您好这边帮您查询到本月话费一共是三十五元';

export const valid: TableCase[] = [
  { name: 'normal rate (240 cpm)', when, conversation: conv([['a', text, 0, 5000]]) },
  { name: 'too short to judge', when, conversation: conv([['a', '好的，马上', 0, 500]]) },
  {
    name: 'minCpm: normal rate (240 cpm)',
    when: { op: 'speech-rate', minCpm: 150, minChars: 10 },
    conversation: conv([['a', text, 0, 5000]]),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'fast (400 cpm), punctuation excluded',
    when,
    conversation: conv([['a', `${text}。`, 0, 3000]]),
    hits: [{ turn: 0, start: 0, end: 21, text: `${text}。` }],
  },
  {
    name: 'minCpm: slow (120 cpm)',
    when: { op: 'speech-rate', minCpm: 150, minChars: 10 },
    conversation: conv([['a', text, 0, 10000]]),
    hits: [{ turn: 0, start: 0, end: 20, text }],
  },
];
