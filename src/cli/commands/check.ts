// `zhijian check FILE... [--rules PACK] [--format table|json|jsonl|csv] [--details] [--jobs N]`: scores
// conversations without a database (product.md "zhijian check"). Exit 0 when every record was read, 2 on bad
// input (good records are still scored). JSONL is read in large blocks of whole lines and scored on every core
// (check-pool.ts) with the output in input order; each block is written to stdout at once.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { PackError } from '../../core/rules/index.ts';
import type { CompiledPack } from '../../core/rules/index.ts';
import type { CheckUnit } from '../check-batch.ts';
import { createBatchWriter, FORMATS } from '../check-output.ts';
import type { OutputFormat } from '../check-output.ts';
import { inProcessScorer, PackLoadError, workerScorer } from '../check-pool.ts';
import { DEFAULT_PACK_PATH, loadPack, resolvePackFile } from '../load-pack.ts';
import { totalBytes } from '../read-inputs.ts';

/** Inputs at least this large get a progress bar (when stderr is a terminal). */
const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;
/** Below this, starting worker threads (each compiles the pack) costs more than it saves. */
const THREADS_MIN_BYTES = 4 * 1024 * 1024;
/** JSONL is read and handed out in blocks of about this many bytes (a few hundred conversations). */
export const BLOCK_BYTES = 256 * 1024;
/** Conversations per unit for the other formats (read whole by the importers). */
const RECORDS_PER_UNIT = 500;

export interface CheckOptions {
  rules: string;
  format: OutputFormat;
  progress: boolean;
  details?: boolean;
  /** Scoring threads; undefined = one per core for large inputs. */
  jobs?: number;
}

/**
 * Cores not busy with other work (cores minus the 1-minute load average, rounded). Each thread pays its own start
 * (pack compile, JIT warm-up): on a machine already busy it only adds CPU time, measured by bench:check.
 */
function idleCores(): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores, Math.round(cores - (loadavg()[0] ?? 0))));
}

function countLineFeeds(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let k = 0;
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) k++;
  return k;
}

/** The units of one file: JSONL in blocks of whole lines, any other format through the importers. */
export async function* unitsOf(file: string, onBytes: (n: number) => void): AsyncGenerator<CheckUnit> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    const message = `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`;
    yield { kind: 'records', file, conversations: [], errors: [{ line: 0, field: '', message }] };
    return;
  }
  if (/\.(jsonl|ndjson)$/i.test(file)) {
    // Cut at the last line feed of each block: byte 0x0A never occurs inside a multi-byte UTF-8 sequence.
    let carry = new Uint8Array(0);
    let firstLine = 1;
    let first = true;
    for await (const chunk of createReadStream(file, { highWaterMark: BLOCK_BYTES })) {
      const read = chunk as Buffer;
      onBytes(read.byteLength);
      let block = carry.byteLength === 0 ? read : Buffer.concat([carry, read]);
      if (first && block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf) block = block.subarray(3);
      first = false;
      const cut = block.lastIndexOf(0x0a);
      if (cut < 0) {
        carry = Uint8Array.prototype.slice.call(block);
        continue;
      }
      carry = Uint8Array.prototype.slice.call(block, cut + 1);
      // A copy that owns its memory, so it can be transferred to a worker thread.
      const bytes = Uint8Array.prototype.slice.call(block, 0, cut + 1);
      const lines = countLineFeeds(bytes); // before the yield: the block may be transferred away
      yield { kind: 'lines', file, firstLine, bytes };
      firstLine += lines;
    }
    if (carry.byteLength > 0) yield { kind: 'lines', file, firstLine, bytes: carry };
    return;
  }
  // The other formats' readers (exceljs, iconv-lite) are loaded only when such a file is given.
  const { importBuffer } = await import('../../importers/index.ts');
  const result = await importBuffer(new Uint8Array(readFileSync(file)), file);
  onBytes(size);
  const { conversations, errors } = result;
  for (let i = 0; i < conversations.length; i += RECORDS_PER_UNIT)
    yield { kind: 'records', file, conversations: conversations.slice(i, i + RECORDS_PER_UNIT), errors: [] };
  if (errors.length > 0) yield { kind: 'records', file, conversations: [], errors };
}

function packMessage(rules: string, e: unknown): string {
  return e instanceof PackError || e instanceof PackLoadError
    ? e.message
    : `cannot load rule pack ${rules}: ${e instanceof Error ? e.message : String(e)}`;
}

export async function runCheck(files: readonly string[], opts: CheckOptions): Promise<number> {
  const bytes = totalBytes(files);
  const render = { format: opts.format, details: opts.details ?? false };
  const threads = opts.jobs ?? (bytes >= THREADS_MIN_BYTES ? idleCores() : 1);
  let rules = opts.rules;
  let pack: CompiledPack | undefined;
  try {
    // With threads, each compiles the pack as it starts (reported back on error); the main thread only reads.
    if (threads > 1) rules = resolvePackFile(opts.rules);
    else pack = loadPack(opts.rules).pack;
  } catch (e) {
    process.stderr.write(`${packMessage(opts.rules, e)}\n`);
    return 2;
  }
  // Block-sized writes; when stdout is a slow pipe, reading waits for it to drain instead of buffering the output.
  let drained: Promise<void> | undefined;
  let bad = 0;
  const writer = createBatchWriter(opts.format, (s) => {
    if (!process.stdout.write(s))
      drained ??= new Promise((resolve) =>
        process.stdout.once('drain', () => {
          drained = undefined;
          resolve();
        }),
      );
  });
  const counting = {
    write: (b: Parameters<typeof writer.write>[0]) => {
      bad += b.bad;
      writer.write(b);
    },
    end: () => writer.end(),
  };
  const scorer =
    pack === undefined
      ? workerScorer(threads, rules, render, counting)
      : inProcessScorer(pack, render, counting);
  const progress =
    opts.progress && process.stderr.isTTY && bytes >= PROGRESS_MIN_BYTES
      ? (await import('cli-progress')).default
      : undefined;
  const bar =
    progress === undefined
      ? undefined
      : new progress.SingleBar(
          {
            stream: process.stderr,
            format: 'checking [{bar}] {percentage}% | {value}/{total} bytes',
            hideCursor: true,
          },
          progress.Presets.shades_classic,
        );
  bar?.start(bytes, 0);
  let read = 0;
  try {
    try {
      for (const file of files)
        for await (const unit of unitsOf(file, (n) => {
          read += n;
          bar?.update(Math.min(read, bytes));
        })) {
          await scorer.submit(unit);
          if (drained !== undefined) await drained;
        }
    } finally {
      await scorer.finish();
      bar?.stop();
    }
  } catch (e) {
    if (!(e instanceof PackLoadError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  writer.end();
  return bad > 0 ? 2 : 0;
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new InvalidArgumentError('a whole number of threads from 1 to 256');
  return n;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'score conversations (JSON, JSONL, CSV, XLSX, Aliyun ASR JSON, SRT/VTT, chat TSV) against a rule pack',
    )
    .argument('<files...>', 'conversation files')
    .option('--rules <pack>', 'rule pack file or folder', DEFAULT_PACK_PATH)
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--no-progress', 'never show a progress bar')
    .option(
      '--details',
      'jsonl/json: print every field of a result (pack, machine part, pending, notApplicable, tallies)',
    )
    .option(
      '--jobs <n>',
      'scoring threads (default: one per idle core for inputs of 4 MB and more, else 1)',
      parseJobs,
    )
    .action(async (files: string[], opts: CheckOptions) => {
      process.exitCode = await runCheck(files, opts);
    });
}
