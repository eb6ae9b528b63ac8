// `npm run bench:match [-- --json] [-- --data ../shared/eval/data] [-- --sizes 2000,10000,50000] [-- --chars 1000000]`
// Races zhijian's matcher (exact / normalized / tolerant) against npm peers, a joined RegExp and a bare
// charCodeAt loop, on a seeded generated corpus and optionally the real evaluation dialogues.
// The npm script bundles this file with scripts/build-bench.mjs (esbuild, same options as the CLI bundle) and runs
// the bundle under dist/bench with plain node: it measures the compiled code `zhijian` runs, not the tsx dev path.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { CONTESTANTS } from './contestants.ts';
import type { Contestant, Output } from './contestants.ts';
import { generateCorpus, generatePhrases } from './corpus.ts';
import { hashOracle, normalizedOracle, spanKey, tolerantOracle, wordKey } from './oracle.ts';
import type { Span } from './oracle.ts';
import { loadRealTurns } from './real-data.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Args {
  json: boolean;
  data?: string;
  sizes: number[];
  chars: number;
  rounds: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, sizes: [2000, 10000, 50000], chars: 1_000_000, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--data') args.data = next();
    else if (a === '--sizes') args.sizes = next().split(',').map(Number);
    else if (a === '--chars') args.chars = Number(next());
    else if (a === '--rounds') args.rounds = Number(next());
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

export interface Result {
  name: string;
  mode: string;
  corpus: string;
  patterns: number;
  mcharsPerSec: number;
  buildMs: number;
  heapMB: number;
  matches: number;
  /** Share of texts whose output equals the oracle's (spans, or distinct words for word-only peers); null: not comparable. */
  agreement: number | null;
}

const memory = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

function agreement(
  c: Contestant,
  run: (t: string) => Output,
  texts: readonly string[],
  oracle: (t: string) => Span[],
): number | null {
  if (c.mode === 'floor') return null;
  let same = 0;
  for (const t of texts) {
    const out = run(t);
    const want = oracle(t);
    if (out.kind === 'spans' && spanKey(out.spans) === spanKey(want)) same++;
    else if (out.kind === 'words' && wordKey(out.words) === wordKey(want.map((s) => s.phrase))) same++;
  }
  return same / texts.length;
}

function race(
  c: Contestant,
  phrases: string[],
  texts: readonly string[],
  corpus: string,
  args: Args,
): Result {
  gc();
  const before = memory();
  let t0 = performance.now();
  let runner = c.build(phrases);
  let buildMs = performance.now() - t0;
  gc();
  const heapMB = Math.max(0, memory() - before) / 2 ** 20;
  for (let r = 1; r < 3; r++) {
    t0 = performance.now();
    runner = c.build(phrases);
    buildMs = Math.min(buildMs, performance.now() - t0);
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  let best = Infinity;
  let matches = 0;
  const budget = performance.now() + 4000; // slow peers get fewer rounds
  for (let r = 0; r < args.rounds && (r === 0 || performance.now() < budget); r++) {
    t0 = performance.now();
    let m = 0;
    for (const t of texts) m += runner.count(t);
    best = Math.min(best, performance.now() - t0);
    matches = m;
  }
  const oracle =
    c.mode === 'normalized'
      ? normalizedOracle(phrases)
      : c.mode === 'tolerant'
        ? tolerantOracle(phrases)
        : hashOracle(phrases);
  return {
    name: c.name,
    mode: c.mode,
    corpus,
    patterns: phrases.length,
    mcharsPerSec: chars / best / 1000,
    buildMs,
    heapMB,
    matches,
    agreement: agreement(c, (t) => runner.output(t), texts, oracle),
  };
}

function table(results: readonly Result[]): string {
  const head = [
    'corpus',
    'patterns',
    'contestant',
    'mode',
    'Mchars/s',
    'build ms',
    'heap MB',
    'matches',
    'agreement',
  ];
  const rows = results.map((r) => [
    r.corpus,
    String(r.patterns),
    r.name,
    r.mode,
    r.mcharsPerSec.toFixed(1),
    r.buildMs.toFixed(1),
    r.heapMB.toFixed(2),
    String(r.matches),
    r.agreement === null ? '—' : `${(r.agreement * 100).toFixed(1)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const corpora: { name: string; texts: string[] }[] = [
    { name: `generated ${(args.chars / 1e6).toFixed(1)}M`, texts: generateCorpus(20261008, args.chars) },
  ];
  if (args.data) {
    const all = loadRealTurns(args.data).flatMap((d) => d.turns);
    corpora.push({ name: 'real (stc3+jddc+mobilecs)', texts: all });
  }
  const results: Result[] = [];
  for (const size of args.sizes) {
    const phrases = generatePhrases(size, size);
    for (const corpus of corpora)
      for (const c of CONTESTANTS) {
        const r = race(c, phrases, corpus.texts, corpus.name, args);
        results.push(r);
        if (!args.json)
          process.stderr.write(
            `${r.corpus} ${r.patterns} ${r.name}: ${r.mcharsPerSec.toFixed(1)} Mchars/s\n`,
          );
      }
  }
  if (args.json) process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
  else process.stdout.write(`${table(results)}\n`);
}

main();
