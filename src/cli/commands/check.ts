// `zhijian check FILE... [--rules PACK] [--format table|json|jsonl|csv] [--details] [--jobs N] [--cdr CDR...]
// [import flags]`: scores conversations without a database (docs/product.md "External contracts"). `-` reads standard input.
// Exit 0 when every record was read, 2 on bad input (good records are still scored), 1 on a usage error (README
// "Command line"). JSONL is read in large blocks of whole lines and scored on every core (check-pool.ts) with the
// output in input order; each block is written to stdout at once. Other formats, standard input, forced import
// options and call-detail records go through the importers (src/importers) and are scored in batches.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { Conversation, FieldError } from '../../core/conversation/schema.ts';
import { compileValidPack } from '../../core/rules/compile-valid.ts';
import { PackError } from '../../core/rules/pack-error.ts';
import type { CompiledPack } from '../../core/rules/types.ts';
import type { CallRecord, CdrJoiner } from '../../importers/cdr.ts';
import type { ImportOptions } from '../../importers/index.ts';
import type { CheckUnit } from '../check-batch.ts';
import { createBatchWriter, FORMATS } from '../check-output.ts';
import type { OutputFormat } from '../check-output.ts';
import { inProcessScorer, poolScorer, startHelpers } from '../check-pool.ts';
import { addImportFlags, importOptionsOf, type ImportFlags } from '../import-options.ts';
import { DEFAULT_PACK_PATH, readPack } from '../load-pack.ts';
import { decorated, endQuietlyOnClosedPipe } from '../pipe.ts';
import { readInputs, totalBytes } from '../read-inputs.ts';

/** Inputs at least this large get a progress bar (when stderr is a terminal). */
const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;
/** Below this, starting worker threads (each compiles the pack) costs more than it saves. */
const THREADS_MIN_BYTES = 4 * 1024 * 1024;
/** JSONL is read and handed out in blocks of about this many bytes (a few hundred conversations). */
export const BLOCK_BYTES = 256 * 1024;
/** Conversations per unit for the other formats (read whole by the importers). */
const RECORDS_PER_UNIT = 500;
/** The zone of call-detail records' local times when no `--time-zone` is given (the product's default). */
const DEFAULT_CDR_TIME_ZONE = 'Asia/Shanghai';

export interface CheckOptions extends ImportFlags {
  rules: string;
  format: OutputFormat;
  progress: boolean;
  details?: boolean;
  /** Scoring threads; undefined = one per core for large inputs. */
  jobs?: number;
  quiet?: boolean;
  cdr?: string[];
  callDirection?: 'inbound' | 'outbound';
}

function countLineFeeds(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let k = 0;
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) k++;
  return k;
}

interface ReadContext {
  readonly importOptions: ImportOptions;
  readonly joiner?: CdrJoiner | undefined;
  readonly note: (line: string) => void;
}

/** JSONL files go through the block reader unless something must look at each conversation in this thread. */
function isPlainJsonl(file: string, ctx: ReadContext): boolean {
  return (
    file !== '-' &&
    /\.(jsonl|ndjson)$/i.test(file) &&
    ctx.joiner === undefined &&
    ctx.importOptions.format === undefined &&
    ctx.importOptions.encoding === undefined
  );
}

/** The units of one file: JSONL in blocks of whole lines, anything else through the importers in batches. */
export async function* unitsOf(
  file: string,
  onBytes: (n: number) => void,
  ctx: ReadContext = { importOptions: {}, note: () => {} },
): AsyncGenerator<CheckUnit> {
  if (!isPlainJsonl(file, ctx)) {
    let batch: Conversation[] = [];
    for await (const item of readInputs([file], onBytes, {
      importOptions: ctx.importOptions,
      onWarning: (f, w) => ctx.note(`${f}:${w.line}: warning: ${w.field ? `${w.field}: ` : ''}${w.message}`),
    })) {
      if (item.kind === 'error') {
        yield { kind: 'records', file, conversations: [], errors: item.errors };
        continue;
      }
      let conversation = item.conversation;
      if (ctx.joiner) {
        const joined = ctx.joiner.join(conversation);
        if (joined) conversation = joined;
        else
          ctx.note(
            `${file}: warning: conversation ${conversation.id}: no call-detail record matches it; no call events added`,
          );
      }
      batch.push(conversation);
      if (batch.length >= RECORDS_PER_UNIT) {
        yield { kind: 'records', file, conversations: batch, errors: [] };
        batch = [];
      }
    }
    if (batch.length > 0) yield { kind: 'records', file, conversations: batch, errors: [] };
    return;
  }
  try {
    statSync(file);
  } catch (e) {
    const message = `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`;
    yield { kind: 'records', file, conversations: [], errors: [{ line: 0, field: '', message }] };
    return;
  }
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
}

function packMessage(rules: string, e: unknown): string {
  return e instanceof PackError
    ? e.message
    : `cannot load rule pack ${rules}: ${e instanceof Error ? e.message : String(e)}`;
}

/** Call-detail records, read before the conversations and joined onto each as it is read. */
async function loadJoiner(
  files: readonly string[],
  importOptions: ImportOptions,
  callDirection: 'inbound' | 'outbound' | undefined,
  errors: (file: string, e: readonly FieldError[]) => void,
): Promise<CdrJoiner> {
  const { cdrJoiner, readCdr } = await import('../../importers/cdr.ts');
  const timeZone = importOptions.timeZone ?? DEFAULT_CDR_TIME_ZONE;
  const all: CallRecord[] = [];
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(f));
    } catch (e) {
      errors(f, [
        { line: 0, field: '', message: `cannot read ${f}: ${e instanceof Error ? e.message : String(e)}` },
      ]);
      continue;
    }
    const read = readCdr(bytes, f, { timeZone, encoding: importOptions.encoding, callDirection });
    all.push(...read.records);
    if (read.errors.length > 0) errors(f, read.errors);
  }
  return cdrJoiner(all, timeZone);
}

export async function runCheck(files: readonly string[], opts: CheckOptions): Promise<number> {
  const note = (s: string): void => {
    if (!opts.quiet) process.stderr.write(`${s}\n`);
  };
  let importOptions: ImportOptions;
  try {
    importOptions = importOptionsOf(opts);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const bytes = totalBytes(files);
  const render = { format: opts.format, details: opts.details ?? false };
  // One thread per core for large inputs, like make -j or ripgrep: the system shares the cores out when they are
  // busy, and a load-average guess only left them idle (bench:check measured 1 thread chosen on a quiet machine).
  const threads = opts.jobs ?? (bytes >= THREADS_MIN_BYTES ? availableParallelism() : 1);
  // The helper threads load while this one reads and validates the pack (once, for all of them).
  const helpers = threads > 1 ? startHelpers(threads - 1, render) : undefined;
  let pack: CompiledPack;
  try {
    const { source } = await readPack(opts.rules);
    helpers?.sendPack(source);
    pack = compileValidPack(source);
  } catch (e) {
    await helpers?.stop();
    process.stderr.write(`${packMessage(opts.rules, e)}\n`);
    return 2;
  }
  // Block-sized writes; when stdout is a slow pipe, reading waits for it to drain instead of buffering the output.
  let drained: Promise<void> | undefined;
  let bad = 0;
  const writer = createBatchWriter(opts.format, (chunk) => {
    if (!process.stdout.write(chunk))
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
    helpers === undefined
      ? inProcessScorer(pack, render, counting)
      : poolScorer(helpers, pack, render, counting);

  const cdrErrors: CheckUnit[] = [];
  const joiner =
    (opts.cdr ?? []).length > 0
      ? await loadJoiner(opts.cdr ?? [], importOptions, opts.callDirection, (file, errors) =>
          cdrErrors.push({ kind: 'records', file, conversations: [], errors }),
        )
      : undefined;
  const ctx: ReadContext = { importOptions, joiner, note };

  const progress =
    opts.progress && !opts.quiet && process.stderr.isTTY && bytes >= PROGRESS_MIN_BYTES
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
          // NO_COLOR / dumb terminals: plain ASCII
          decorated() ? progress.Presets.shades_classic : progress.Presets.legacy,
        );
  bar?.start(bytes, 0);
  let read = 0;
  try {
    for (const unit of cdrErrors) await scorer.submit(unit);
    for (const file of files)
      for await (const unit of unitsOf(
        file,
        (n) => {
          read += n;
          bar?.update(Math.min(read, bytes));
        },
        ctx,
      )) {
        await scorer.submit(unit);
        if (drained !== undefined) await drained;
      }
  } finally {
    await scorer.finish();
    bar?.stop();
  }
  writer.end();
  for (const r of joiner?.unused() ?? [])
    note(`warning: call ${r.ids[0]} (line ${r.line}): no conversation in the input; record not used`);
  return bad > 0 ? 2 : 0;
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new InvalidArgumentError('a whole number of threads from 1 to 256');
  return n;
}

export function registerCheck(program: Command): void {
  const cmd = program
    .command('check')
    .description(
      'score conversations (JSON, JSONL, CSV, XLS/XLSX, Aliyun/Tencent/iFlytek/Huawei/Volcengine ASR JSON, SRT/VTT, chat TSV) against a rule pack',
    )
    .argument('<files...>', 'conversation files; - reads standard input')
    .option('--rules <pack>', 'rule pack file or folder', DEFAULT_PACK_PATH)
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option(
      '--cdr <files...>',
      'call-detail records (FreeSWITCH CSV/JSON/XML, Asterisk CDR/CEL) to join by call id',
    )
    .addOption(
      new Option(
        '--call-direction <direction>',
        'inbound: the caller is the customer; outbound (外呼): the called party is',
      )
        .choices(['inbound', 'outbound'])
        .default('inbound'),
    )
    .option('--no-progress', 'never show a progress bar')
    .option('-q, --quiet', 'no warnings or progress on stderr')
    .option(
      '--details',
      'jsonl/json: print every field of a result (pack, machine part, pending, notApplicable, tallies)',
    )
    .option(
      '--jobs <n>',
      'scoring threads (default: one per core for inputs of 4 MB and more, else 1)',
      parseJobs,
    );
  addImportFlags(cmd).action(async (files: string[], opts: CheckOptions) => {
    endQuietlyOnClosedPipe();
    process.exitCode = await runCheck(files, opts);
  });
}
