import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckUnit } from './check-batch.ts';
import { createBatchWriter, contractResult } from './check-output.ts';
import type { OutputFormat } from './check-output.ts';
import { inProcessScorer, poolScorer, startHelpers } from './check-pool.ts';
import type { Scorer } from './check-pool.ts';
import { BLOCK_BYTES, runCheck, unitsOf } from './commands/check.ts';
import { loadPack } from './load-pack.ts';
import { evaluate } from '../core/rules/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'zhijian-check-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AGENT = [
  '您好，很高兴为您服务。',
  '我不是跟你说过了吗，要等七个工作日。',
  '啊，这个我也不清楚。',
  '感谢您的来电，再见。',
];

function conversation(i: number): string {
  const turns = Array.from({ length: 4 + (i % 5) }, (_, k) => ({
    role: k % 2 === 0 ? 'agent' : 'customer',
    text: k % 2 === 0 ? (AGENT[(i + k) % AGENT.length] ?? '') : `第${i}号客户的问题，为什么还没到账？`,
  }));
  return JSON.stringify({ id: `c-${i}`, channel: 'chat', turns });
}

/** A JSONL file over several read blocks: a BOM, CRLF line ends, a blank line and two bad lines far apart. */
function writeInput(n: number): { file: string; badLines: number[] } {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(conversation(i));
  lines[5] = '';
  lines[n - 10] = '{"id": "broken", "turns": [';
  lines[7] = JSON.stringify({ id: 'no-turns', channel: 'chat' });
  const file = join(dir, `in-${n}.jsonl`);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return { file, badLines: [8, n - 9] };
}

async function runWith(
  scorer: (w: ReturnType<typeof createBatchWriter>) => Scorer,
  file: string,
  format: OutputFormat,
) {
  let text = '';
  let bad = 0;
  const utf8 = new TextDecoder();
  const writer = createBatchWriter(format, (chunk) => {
    text += typeof chunk === 'string' ? chunk : utf8.decode(chunk, { stream: true });
  });
  const s = scorer({
    write: (b) => {
      bad += b.bad;
      writer.write(b);
    },
    end: () => writer.end(),
  });
  try {
    for await (const unit of unitsOf(file, () => {})) await s.submit(unit);
  } finally {
    await s.finish();
  }
  writer.end();
  return { text, bad };
}

const { pack, source } = await loadPack();

describe('zhijian check: blocks, threads and output', () => {
  const n = 3000; // about 1 MB: several read blocks
  const { file, badLines } = writeInput(n);

  it('cuts JSONL into blocks of whole lines with correct line numbers across blocks', async () => {
    const units: CheckUnit[] = [];
    for await (const u of unitsOf(file, () => {})) units.push(u);
    expect(units.length).toBeGreaterThan(2);
    for (const u of units)
      if (u.kind === 'lines') expect(u.bytes.byteLength).toBeLessThanOrEqual(2 * BLOCK_BYTES);
    const { text, bad } = await runWith(
      (w) => inProcessScorer(pack, { format: 'jsonl', details: false }, w),
      file,
      'jsonl',
    );
    const out = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; errors: { line: number }[] });
    expect(bad).toBe(2);
    expect(out).toHaveLength(n - 1); // the blank line is skipped
    expect(out[0]?.id).toBe('c-0');
    const errorLines = out.filter((r) => r.errors.length > 0).map((r) => r.errors[0]?.line);
    expect(errorLines).toEqual(badLines);
  });

  it('prints the same bytes with helper threads as in-process, in input order, for jsonl, json and table', async () => {
    for (const format of ['jsonl', 'json', 'table'] as const) {
      const render = { format, details: format === 'json' };
      const one = await runWith((w) => inProcessScorer(pack, render, w), file, format);
      for (const helpers of [1, 2]) {
        const pool = await runWith(
          (w) => {
            const threads = startHelpers(helpers, render);
            threads.sendPack(source);
            return poolScorer(threads, pack, render, w);
          },
          file,
          format,
        );
        expect(pool.bad).toBe(one.bad);
        expect(pool.text).toBe(one.text);
      }
    }
  }, 120_000);

  it('reports an invalid pack once, before any thread scores, and releases the threads', async () => {
    const badPack = join(dir, 'bad.yaml');
    writeFileSync(badPack, 'rules: [\n');
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (s: string) => written.push(s) > 0;
    let code: number;
    try {
      code = await runCheck([file], { rules: badPack, format: 'jsonl', jobs: 3, progress: false });
    } finally {
      process.stderr.write = write;
    }
    expect(code).toBe(2);
    expect(written.join('')).toMatch(/bad\.yaml:2/);
  }, 60_000);

  it('prints contract-size lines by default and every field with --details', () => {
    const parsed = JSON.parse(conversation(1)) as Parameters<typeof evaluate>[1];
    const result = evaluate(pack, parsed);
    const line = contractResult(result) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(['id', 'score', 'fatal', 'hits', 'errors', 'signals']);
    expect(result.hits.length).toBeGreaterThan(0);
    for (const h of line.hits as Record<string, unknown>[]) {
      expect(h).not.toHaveProperty('item');
      expect(h).not.toHaveProperty('role');
      expect(Object.keys(h).slice(0, 7)).toEqual([
        'rule',
        'category',
        'turn',
        'start',
        'end',
        'text',
        'deduction',
      ]);
    }
    const { hits, ...rest } = result;
    expect(line).toMatchObject({ id: rest.id, score: rest.score, fatal: rest.fatal, errors: rest.errors });
    expect((line.hits as { text: string }[]).map((h) => h.text)).toEqual(hits.map((h) => h.text));
  });
});
