// `npm run bench:check [-- --n 20000 --runs 5 --json]`: scoring N conversations from a JSONL file with the default
// pack vs merely reading and JSON-parsing the same file (target: check ≤ 3× parse, product.md "Targets").
// The npm script bundles this file with scripts/build-bench.mjs (esbuild, same options as the CLI bundle) and runs
// the bundle under dist/bench with plain node: it measures the compiled code `zhijian` runs, not the tsx dev path.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate } from '../../src/core/rules/index.ts';
import { loadPack } from '../../src/cli/load-pack.ts';
import { parseJsonlLine } from '../../src/importers/index.ts';
import { generateJsonl } from './generate.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    json: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'zhijian-bench-'));
const file = join(dir, 'conversations.jsonl');
writeFileSync(file, generateJsonl(n, Number(values.seed)));
const { pack } = loadPack();

function lines(text: string, each: (line: string, no: number) => void): void {
  let start = 0;
  let no = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    no++;
    if (end > start) each(text.slice(start, end), no);
    start = end + 1;
  }
}

const tasks: Record<string, () => number> = {
  'read + JSON.parse': () => {
    let k = 0;
    lines(readFileSync(file, 'utf8'), (l) => {
      if (JSON.parse(l) !== null) k++;
    });
    return k;
  },
  'read + parse + validate': () => {
    let k = 0;
    lines(readFileSync(file, 'utf8'), (l, no) => {
      if (parseJsonlLine(l, no).ok) k++;
    });
    return k;
  },
  'check (default pack)': () => {
    let hits = 0;
    lines(readFileSync(file, 'utf8'), (l, no) => {
      const r = parseJsonlLine(l, no);
      if (r.ok) hits += evaluate(pack, r.conversation).hits.length;
    });
    return hits;
  },
};

const best: Record<string, number> = {};
for (const task of Object.values(tasks)) task(); // warm-up
for (let r = 0; r < runs; r++) {
  for (const [name, task] of Object.entries(tasks)) {
    const t0 = performance.now();
    task();
    const ms = performance.now() - t0;
    best[name] = Math.min(best[name] ?? Infinity, ms);
  }
}
rmSync(dir, { recursive: true, force: true });

const parse = best['read + JSON.parse'] ?? NaN;
const rows = Object.entries(best).map(([task, ms]) => ({
  task,
  ms: Math.round(ms),
  perConversationUs: Math.round((ms * 1000) / n),
  ratio: Number((ms / parse).toFixed(2)),
}));
if (values.json)
  process.stdout.write(
    `${JSON.stringify({ conversations: n, runs, pack: `${pack.id} ${pack.version}`, target: 'check ≤ 3× parse', rows }, null, 2)}\n`,
  );
else {
  process.stdout.write(`${n} conversations, best of ${runs} runs, pack ${pack.id} ${pack.version}\n\n`);
  process.stdout.write(
    `${'task'.padEnd(26)}${'ms'.padStart(8)}${'µs/conv'.padStart(10)}${'× parse'.padStart(10)}\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `${r.task.padEnd(26)}${String(r.ms).padStart(8)}${String(r.perConversationUs).padStart(10)}${r.ratio.toFixed(2).padStart(10)}\n`,
    );
  const ratio = rows.find((r) => r.task.startsWith('check'))?.ratio ?? NaN;
  process.stdout.write(`\ncheck / parse = ${ratio.toFixed(2)} (target ≤ 3)\n`);
}
