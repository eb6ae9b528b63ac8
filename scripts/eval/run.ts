// Evaluation on real third-party dialogues.
// `npm run eval -- PATH [--hosts N] [--json] [--misses]`: the labelled development evaluation by family
// (./judgement.ts: the team's cases in ./cases planted into real dialogues) and the STC-3 Spearman figures.
// `npm run eval -- PATH --hits [--samples N] [--rule ID] [--seed S]`: hit rates per rule over STC-3, JDDC and
// MobileCS and a seeded sample of hits per rule (with the turn before) for a human to read and judge.
// The data is licensed for internal evaluation only: nothing it prints may be copied into the repository.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Conversation } from '../../src/core/conversation/schema.ts';
import { evaluate } from '../../src/core/rules/index.ts';
import type { Hit } from '../../src/core/rules/index.ts';
import { DEFAULT_PACK_PATH, loadPack } from '../../src/cli/load-pack.ts';
import { loadJddc } from './adapters/jddc.ts';
import { loadMobileCs } from './adapters/mobilecs.ts';
import { loadStc3 } from './adapters/stc3.ts';
import { FAMILIES, loadCases, runCases, stc3Spearman } from './judgement.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    samples: { type: 'string', default: '8' },
    rule: { type: 'string' },
    seed: { type: 'string', default: '1' },
    rules: { type: 'string', default: DEFAULT_PACK_PATH },
    dataset: { type: 'string' },
    hits: { type: 'boolean', default: false },
    hosts: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
  },
});
const root = positionals[0];
if (root === undefined) {
  process.stderr.write(
    'usage: npm run eval -- PATH [--hosts N] [--json] [--misses]\n' +
      '       npm run eval -- PATH --hits [--samples N] [--rule ID] [--seed S] [--dataset stc3|jddc|mobilecs]\n',
  );
  process.exit(2);
}

const datasets: [string, () => Conversation[]][] = [
  [
    'stc3',
    () =>
      ['train_data_cn.json', 'test_data_cn.json']
        .map((f) => join(root, 'stc3-weibo-helpdesk', f))
        .filter((f) => existsSync(f))
        .flatMap(loadStc3),
  ],
  ['jddc', () => loadJddc(join(root, 'jddc-sample', 'chat_0.1per.txt'))],
  ['mobilecs', () => loadMobileCs(join(root, 'mobilecs-sample', 'example.json'))],
];

/** Small seeded PRNG (mulberry32) so samples are reproducible run to run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const { pack } = await loadPack(values.rules);
const out = (s: string): void => void process.stdout.write(s);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…` : s);
if (!values.hits) {
  labelled();
  process.exit(0);
}

function labelled(): void {
  const cases = loadCases(join(import.meta.dirname, 'cases'));
  const stc3 = join(root!, 'stc3-weibo-helpdesk', 'train_data_cn.json');
  const textHosts = [...loadStc3(stc3), ...loadJddc(join(root!, 'jddc-sample', 'chat_0.1per.txt'))];
  const timedHosts = [
    ...loadMobileCs(join(root!, 'mobilecs-sample', 'example.json')),
    ...loadJddc(join(root!, 'jddc-sample', 'chat_0.1per.txt')).slice(0, 200),
  ];
  const misses: string[] = [];
  const figures = runCases(pack, cases, textHosts, timedHosts, Number(values.hosts), (c, p, r) => {
    // Only the planted turns (written by the team) are printed, never the host dialogue.
    const planted = [...p.planted].map(
      (i) => `${p.conversation.turns[i]?.role}: ${p.conversation.turns[i]?.text}`,
    );
    const got = r.hits
      .filter((h) => p.planted.has(h.turn))
      .map((h) => `${h.rule}@${h.text || h.message || ''}`);
    misses.push(
      `[${c.f}/${c.k} expect ${c.e} ${c.r}] ${planted.join(' | ')}  → ${got.join(', ') || 'no hit'}`,
    );
  });
  const rho = stc3Spearman(pack, stc3);
  const families = FAMILIES.map(([family, measure]) => {
    const kinds = figures.filter((f) => f.family === family);
    const n = kinds.reduce((a, k) => a + k.n, 0);
    const right = kinds.reduce((a, k) => a + k.right, 0);
    const review = kinds.reduce((a, k) => a + k.rightWithReview, 0);
    return {
      family,
      measure,
      n,
      right,
      rate: n === 0 ? 0 : right / n,
      rateWithReview: n === 0 ? 0 : review / n,
      kinds,
    };
  });
  if (values.json) {
    out(`${JSON.stringify({ families, stc3: rho }, null, 2)}\n`);
    return;
  }
  out(`\n=== labelled development evaluation: ${cases.length} cases × ${values.hosts} host dialogues ===\n`);
  out(
    'rate: deductions count as flags; review: suggestions (the review queue, no deduction) count as flags too, so a\n' +
      'violation is right once a reviewer sees it, and a clean case only when nothing at all is raised on it\n',
  );
  out(
    `${'family / kind'.padEnd(28)}${'n'.padStart(6)}${'right'.padStart(7)}${'rate'.padStart(8)}${'review'.padStart(8)}  measure\n`,
  );
  for (const f of families) {
    out(
      `${f.family.padEnd(28)}${String(f.n).padStart(6)}${String(f.right).padStart(7)}${f.rate.toFixed(2).padStart(8)}${f.rateWithReview.toFixed(2).padStart(8)}  ${f.measure}\n`,
    );
    for (const k of f.kinds)
      out(
        `${`  ${k.kind}`.padEnd(28)}${String(k.n).padStart(6)}${String(k.right).padStart(7)}${(k.right / k.n).toFixed(2).padStart(8)}${(k.rightWithReview / k.n).toFixed(2).padStart(8)}\n`,
      );
  }
  out(
    `\nSTC-3 train (${rho.dialogues} annotated dialogues) vs annotators' mean satisfaction S, Spearman:\n` +
      `  QA total                ${rho.totalRho.toFixed(3)}  (${rho.distinctTotals} distinct totals)\n` +
      `  predicted satisfaction  ${rho.satisfactionRho === undefined ? 'absent' : rho.satisfactionRho.toFixed(3)}\n`,
  );
  if (values.misses) out(`\n--- misses (planted turns only) ---\n${misses.join('\n')}\n`);
}

const sampleCount = Number(values.samples);

for (const [name, load] of datasets) {
  if (values.dataset !== undefined && values.dataset !== name) continue;
  const conversations = load();
  const perRule = new Map<
    string,
    { hits: number; conversations: number; samples: { c: Conversation; h: Hit }[] }
  >();
  for (const r of pack.rules) perRule.set(r.id, { hits: 0, conversations: 0, samples: [] });
  let scoreSum = 0;
  const started = performance.now();
  const results = conversations.map((c) => [c, evaluate(pack, c)] as const);
  const ms = performance.now() - started;
  for (const [c, result] of results) {
    scoreSum += result.score.total;
    const seen = new Set<string>();
    for (const h of result.hits) {
      const s = perRule.get(h.rule);
      if (s === undefined) continue;
      s.hits++;
      s.samples.push({ c, h });
      if (!seen.has(h.rule)) s.conversations++;
      seen.add(h.rule);
    }
  }
  const n = conversations.length;
  out(
    `\n=== ${name}: ${n} conversations, ${conversations.reduce((a, c) => a + c.turns.length, 0)} turns, mean score ${(scoreSum / Math.max(1, n)).toFixed(2)}, ${ms.toFixed(0)} ms ===\n`,
  );
  out(`${'rule'.padEnd(22)}${'hits'.padStart(8)}${'convs'.padStart(8)}${'conv %'.padStart(9)}\n`);
  for (const [rule, s] of perRule)
    out(
      `${rule.padEnd(22)}${String(s.hits).padStart(8)}${String(s.conversations).padStart(8)}${((100 * s.conversations) / Math.max(1, n)).toFixed(1).padStart(9)}\n`,
    );
  if (sampleCount <= 0) continue;
  const random = rng(Number(values.seed));
  for (const [rule, s] of perRule) {
    if (values.rule !== undefined && values.rule !== rule) continue;
    if (s.samples.length === 0) continue;
    out(
      `\n--- ${name} · ${rule}: ${Math.min(sampleCount, s.samples.length)} of ${s.samples.length} hits ---\n`,
    );
    const pool = [...s.samples];
    for (let k = 0; k < sampleCount && pool.length > 0; k++) {
      const [{ c, h }] = pool.splice(Math.floor(random() * pool.length), 1) as [{ c: Conversation; h: Hit }];
      const turn = c.turns[h.turn];
      const prev = c.turns[h.turn - 1];
      const text = turn?.text ?? '';
      const marked =
        h.start === h.end
          ? `${clip(text, 80)}  ⟨${h.message ?? 'absence'}⟩`
          : `${clip(text.slice(Math.max(0, h.start - 40), h.start), 40)}【${h.text}】${clip(text.slice(h.end), 40)}`;
      out(
        `[${c.id} t${h.turn}]${prev === undefined ? '' : ` (${prev.role}: ${clip(prev.text, 50)})`}\n    ${turn?.role ?? '?'}: ${marked}\n`,
      );
    }
  }
}
