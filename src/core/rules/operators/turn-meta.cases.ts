// Table cases of the `turn-meta` operator (docs/rules.md "Operators"), kept out of turn-meta.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

// Alibaba Cloud EmotionValue runs 1–10, higher is calmer (src/importers/aliyun.ts).
export const when = { op: 'turn-meta', field: 'emotionValue', below: 4, role: 'customer' };
const measured = (emotion: number, speechRate?: number) =>
  conv([
    ['a', '您好，请问有什么可以帮您？'],
    ['c', '我的宽带又断了，这已经是第三次了！'],
  ]).turns.map((t, i) =>
    i === 1 ? { ...t, meta: { emotionValue: emotion, ...(speechRate ? { speechRate } : {}) } } : t,
  );

export const valid: TableCase[] = [
  { name: 'a calm customer (6)', when, conversation: { id: 't', turns: measured(6) } },
  {
    name: 'the agent is out of scope',
    when: { ...when, role: 'customer' },
    conversation: {
      id: 't',
      turns: [
        { role: 'agent', text: '您好', meta: { emotionValue: 1 } },
        { role: 'customer', text: '你好', meta: { emotionValue: 7 } },
      ],
    },
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'an agitated customer (2)',
    when,
    conversation: { id: 't', turns: measured(2) },
    hits: [{ turn: 1, start: 0, end: 17, text: '我的宽带又断了，这已经是第三次了！' }],
  },
  {
    name: 'a vendor-measured speech rate above the limit',
    when: { op: 'turn-meta', field: 'speechRate', above: 300 },
    conversation: { id: 't', turns: measured(6, 360) },
    hits: [{ turn: 1, start: 0, end: 17, text: '我的宽带又断了，这已经是第三次了！' }],
  },
];
