// `npm run bench:check [-- --data ../shared/eval/data --n 50000 --runs 3 --json --baseline OTHER/bin/zhijian.js …]`:
// `zhijian check --format jsonl` end to end as users run it (a spawned process: start-up, pack compile, reading,
// scoring, serialisation, stdout into a file) against merely reading and JSON-parsing the same file in a spawned
// node (target: check ≤ 3× parse, docs/product.md "KPI and monthly settlement"). Datasets: the project's generated conversations and, with
// --data, the STC-3 development dialogues (real Weibo helpdesk text) repeated to N lines, built at run time.
// Runs are interleaved (one of each task per round) and reported as medians of wall and CPU time (user + system of
// the process and its threads), because the machine may be shared. `--baseline` adds rows for another build's
// launcher (e.g. a checkout of main) in the same run. The npm script bundles this file with
// scripts/build-bench.mjs and runs it with plain node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packagePath } from '../../src/paths.ts';
import { generateJsonl } from './generate.ts';
import { stc3Jsonl } from './real-data.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    data: { type: 'string' },
    baseline: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const runs = Number(values.runs);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got ${values.n}`);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, got ${values.runs}`);

const dir = mkdtempSync(join(tmpdir(), 'zhijian-bench-check-'));
const out = join(dir, 'out');
// The bundle bin/zhijian.js runs (npm run bench:check builds it first), named directly so that an edit under src/
// during a long run cannot switch the launcher to its tsx development path midway.
const launcher = packagePath('dist', 'zhijian.mjs');
// Each --baseline (repeatable) is another build's launcher, named in the table by its checkout's folder.
const baselines = (values.baseline ?? []).map((b) => {
  const path = resolve(b);
  return { path, label: `baseline ${basename(dirname(dirname(path)))}` };
});

/** Plain parse, as small as it gets: read the file, split lines, JSON.parse each. */
const PARSE_SCRIPT = `const t=require('fs').readFileSync(process.argv[1],'utf8');let s=0,k=0;while(s<t.length){let e=t.indexOf('\\n',s);if(e<0)e=t.length;if(e>s&&JSON.parse(t.slice(s,e))!==null)k++;s=e+1}process.stdout.write(k+'\\n')`;

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** bash's `times` prints the children's user and system time (`0m1.234s 0m0.056s`) on its second line. */
function parseTimes(text: string): number {
  const line = text.trim().split('\n').at(-1) ?? '';
  let ms = 0;
  for (const m of line.matchAll(/(\d+)m([\d.]+)s/g)) ms += Number(m[1]) * 60_000 + Number(m[2]) * 1000;
  return ms;
}

/** Run `argv` with stdout into a file; wall time from here, CPU time from bash's `times`. */
function run(argv: readonly string[], env: Readonly<Record<string, string>> = {}): Sample {
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', '"$@" > "$BENCH_OUT"; s=$?; times; exit $s', 'bench', ...argv], {
    env: { ...process.env, ...env, BENCH_OUT: out },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 2)
    throw new Error(`${argv.join(' ')} exited ${String(r.status)}: ${r.stderr.slice(0, 500)}`);
  return { wallMs, cpuMs: parseTimes(r.stdout) };
}

function countLines(file: string): number {
  const text = readFileSync(file, 'utf8');
  let k = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) k++;
  return k;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

interface Task {
  readonly name: string;
  readonly argv: (file: string) => readonly string[];
  /** Output lines expected (one per conversation), checked once. */
  readonly lines: boolean;
  readonly env?: Readonly<Record<string, string>>;
}

const node = process.execPath;
const tasks: Task[] = [
  { name: 'parse (read + JSON.parse)', argv: (f) => [node, '-e', PARSE_SCRIPT, f], lines: false },
  {
    name: 'check --format jsonl',
    argv: (f) => [node, launcher, 'check', '--format', 'jsonl', f],
    lines: true,
  },
  {
    // The validated-pack cache (src/cli/pack-cache.ts) is warm after the warm-up run; this row shows a first run.
    name: 'check, pack cache off',
    argv: (f) => [node, launcher, 'check', '--format', 'jsonl', f],
    lines: true,
    env: { ZHIJIAN_CACHE_DIR: 'off' },
  },
  {
    name: 'check --format jsonl --jobs 1',
    argv: (f) => [node, launcher, 'check', '--format', 'jsonl', '--jobs', '1', f],
    lines: true,
  },
];
for (const b of baselines)
  tasks.push({
    name: `${b.label} check`,
    argv: (f) => [node, b.path, 'check', '--format', 'jsonl', f],
    lines: true,
  });

const datasets: { name: string; text: () => string }[] = [
  { name: `generated ×${n}`, text: () => generateJsonl(n, Number(values.seed)) },
];
if (values.data !== undefined) {
  const data = resolve(values.data);
  datasets.unshift({ name: `STC-3 ×${n}`, text: () => stc3Jsonl(data, n) });
}

interface Row {
  readonly dataset: string;
  readonly task: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly wallRatio: number;
  readonly cpuRatio: number;
}
const rows: Row[] = [];

// Start-up alone: what every command pays before doing anything.
const startup: { task: string; wallMs: number; cpuMs: number }[] = [];
{
  const cmds: [string, string[]][] = [['zhijian --version', [node, launcher, '--version']]];
  for (const b of baselines) cmds.push([`${b.label} --version`, [node, b.path, '--version']]);
  const samples = new Map<string, Sample[]>();
  for (let r = 0; r < Math.max(runs, 3); r++)
    for (const [name, argv] of cmds) samples.set(name, [...(samples.get(name) ?? []), run(argv)]);
  for (const [task, s] of samples)
    startup.push({
      task,
      wallMs: Math.round(median(s.map((x) => x.wallMs))),
      cpuMs: Math.round(median(s.map((x) => x.cpuMs))),
    });
}

for (const dataset of datasets) {
  const file = join(dir, 'conversations.jsonl');
  writeFileSync(file, dataset.text());
  const samples = new Map<string, Sample[]>();
  for (const task of tasks) {
    run(task.argv(file), task.env); // warm-up (page cache, bundle compile cache) and output check
    if (task.lines) {
      const k = countLines(out);
      if (k !== n) throw new Error(`${task.name} on ${dataset.name}: ${k} output lines, expected ${n}`);
    }
  }
  for (let r = 0; r < runs; r++)
    for (const task of tasks)
      samples.set(task.name, [...(samples.get(task.name) ?? []), run(task.argv(file), task.env)]);
  const parse = samples.get(tasks[0]?.name ?? '') ?? [];
  const parseWall = median(parse.map((x) => x.wallMs));
  const parseCpu = median(parse.map((x) => x.cpuMs));
  for (const task of tasks) {
    const s = samples.get(task.name) ?? [];
    const wallMs = median(s.map((x) => x.wallMs));
    const cpuMs = median(s.map((x) => x.cpuMs));
    rows.push({
      dataset: dataset.name,
      task: task.name,
      wallMs: Math.round(wallMs),
      cpuMs: Math.round(cpuMs),
      wallRatio: Number((wallMs / parseWall).toFixed(2)),
      cpuRatio: Number((cpuMs / parseCpu).toFixed(2)),
    });
  }
}
rmSync(dir, { recursive: true, force: true });

if (values.json)
  process.stdout.write(
    `${JSON.stringify({ conversations: n, runs, statistic: 'median', target: 'check ≤ 3× parse', startup, rows }, null, 2)}\n`,
  );
else {
  process.stdout.write(
    `${n} conversations per dataset, median of ${runs} interleaved runs (wall and CPU = user + system)\n\n`,
  );
  for (const s of startup)
    process.stdout.write(
      `${s.task.padEnd(34)}${String(s.wallMs).padStart(8)} ms wall ${String(s.cpuMs).padStart(8)} ms CPU\n`,
    );
  process.stdout.write(
    `\n${'dataset'.padEnd(18)}${'task'.padEnd(34)}${'wall ms'.padStart(9)}${'CPU ms'.padStart(9)}${'× parse'.padStart(9)}${'CPU ×'.padStart(8)}\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `${r.dataset.padEnd(18)}${r.task.padEnd(34)}${String(r.wallMs).padStart(9)}${String(r.cpuMs).padStart(9)}${r.wallRatio.toFixed(2).padStart(9)}${r.cpuRatio.toFixed(2).padStart(8)}\n`,
    );
  process.stdout.write('\ntarget: check ≤ 3× parse (wall), end to end\n');
}
