// Writes the hostile-record corpus used by src/ingest/hostile-records.http.test.ts: one JSONL line per attack on
// the ingest path (lone surrogates, NUL, deep nesting, broken JSON) between valid records, and the expected
// outcome of every line. Generated here, from nothing but this script: `node scripts/fuzz/hostile-records.mjs`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../../src/ingest/fixtures/', import.meta.url));

const base = (id, over = {}) => ({
  id,
  channel: 'voice',
  agentId: 'A001',
  startedAt: '2026-10-08T09:30:00+08:00',
  turns: [
    { role: 'agent', text: '您好，很高兴为您服务', startMs: 0, endMs: 2100 },
    { role: 'customer', text: '我的宽带又断了', startMs: 2500, endMs: 4800 },
  ],
  ...over,
});
const deep = (n, leaf, wrap) => {
  let v = leaf;
  for (let i = 0; i < n; i++) v = wrap(v);
  return v;
};
const json = (v) => JSON.stringify(v);
/** A record whose meta.x is `open`×n 1 `close`×n, written as text (JSON.stringify itself overflows at this depth). */
const deepText = (id, n, open, close) =>
  json(base(id, { meta: { x: 'DEEP' } })).replace('"DEEP"', open.repeat(n) + '1' + close.repeat(n));

/** [line text, expected]: expected is 'ok' or { field } of the error (a prefix of the reported field). */
const cases = [
  [json(base('fz-ok-1')), 'ok'],
  // JSON.stringify writes a lone surrogate as the escape "\ud800": exactly what PostgreSQL's jsonb refuses.
  [json(base('fz-bad-hi', { turns: [{ role: 'agent', text: 'a\ud800b' }] })), { field: 'turns.0.text' }],
  [json(base('fz-bad-lo', { meta: { note: '\udc00' } })), { field: 'meta.note' }],
  [json(base('fz-bad-nul', { turns: [{ role: 'customer', text: 'x\u0000y' }] })), { field: 'turns.0.text' }],
  [json(base('fz-bad-nulkey', { meta: { 'a\u0000': 1 } })), { field: 'meta.a' }],
  [json(base('fz-bad-surkey', { meta: { nested: { ['k\ud801']: 'v' } } })), { field: 'meta.nested.k' }],
  [
    json(base('fz-bad-to', { events: [{ type: 'transfer', atMs: 10, to: '\ud83d' }] })),
    { field: 'events.0.to' },
  ],
  [json(base('fz-bad-id\udfff')), { field: 'id' }],
  [json(base('fz-bad-agent', { agentId: 'A\u0000' })), { field: 'agentId' }],
  [json(base('fz-ok-emoji', { turns: [{ role: 'agent', text: '好的😀\ud83d\ude00' }] })), 'ok'],
  [deepText('fz-bad-deep-obj', 5000, '{"a":', '}'), { field: 'meta.x' }],
  [deepText('fz-bad-deep-arr', 5000, '[', ']'), { field: 'meta.x' }],
  [json(base('fz-ok-nested', { meta: { x: deep(10, 'v', (v) => ({ a: [v] })) } })), 'ok'],
  ['['.repeat(100000) + ']'.repeat(100000), { field: '' }],
  [
    json(
      base('fz-ok-2', {
        meta: { n: 1e308, neg: -0, big: 9007199254740993n.toString().length, proto: { __proto__: null } },
      }),
    ),
    'ok',
  ],
  ['{"id": "fz-bad-trunc", "turns": [', { field: '' }],
  [json(base('fz-ok-nonchar', { turns: [{ role: 'agent', text: '\uffff\ufffe\u2028\u2029' }] })), 'ok'],
  [json(base('fz-bad-rawnul')).replace('您好', '您\u0000好'), { field: '' }],
  [json(base('fz-ok-3')), 'ok'],
];

writeFileSync(`${out}hostile-records.jsonl`, cases.map(([line]) => line).join('\n') + '\n');
writeFileSync(
  `${out}hostile-records.expected.json`,
  JSON.stringify(
    cases.map(([, e], i) => ({
      line: i + 1,
      ...(e === 'ok' ? { ok: true } : { ok: false, field: e.field }),
    })),
    null,
    1,
  ) + '\n',
);
console.log(`wrote ${cases.length} records to ${out}`);
