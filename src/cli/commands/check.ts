// `zhijian check FILE... [--rules PACK] [--format table|json|jsonl|csv] [--cdr CDR...] [import flags]`: scores
// conversations without a database (product.md "zhijian check"). `-` reads standard input. Exit 0 when every
// record was read, 2 on bad input (good records are still scored), 1 on a usage error (README "Command line").
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { FieldError } from '../../core/conversation/schema.ts';
import { evaluate, PackError } from '../../core/rules/index.ts';
import { cdrJoiner, readCdr, type CallRecord, type CdrJoiner } from '../../importers/cdr.ts';
import { DEFAULT_TIME_ZONE } from '../../importers/index.ts';
import { createWriter, FORMATS } from '../check-output.ts';
import type { OutputFormat } from '../check-output.ts';
import { addImportFlags, importOptionsOf, type ImportFlags } from '../import-options.ts';
import { DEFAULT_PACK_PATH, loadPack } from '../load-pack.ts';
import { decorated, endQuietlyOnClosedPipe } from '../pipe.ts';
import { readInputs, totalBytes } from '../read-inputs.ts';

/** Inputs at least this large get a progress bar (when stderr is a terminal). */
const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;

interface CheckOptions extends ImportFlags {
  rules: string;
  format: OutputFormat;
  progress: boolean;
  quiet?: boolean;
  cdr?: string[];
  callDirection?: 'inbound' | 'outbound';
}

export async function runCheck(files: readonly string[], opts: CheckOptions): Promise<number> {
  const note = (s: string): void => {
    if (!opts.quiet) process.stderr.write(`${s}\n`);
  };
  let importOptions;
  try {
    importOptions = importOptionsOf(opts);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = loadPack(opts.rules);
  } catch (e) {
    process.stderr.write(
      `${e instanceof PackError ? e.message : `cannot load rule pack ${opts.rules}: ${e instanceof Error ? e.message : String(e)}`}\n`,
    );
    return 2;
  }
  const timeZone = importOptions.timeZone ?? DEFAULT_TIME_ZONE;
  const writer = createWriter(opts.format, (s) => process.stdout.write(s));
  let bad = 0;
  let records = 0;
  const writeErrors = (file: string, errors: readonly FieldError[]): void => {
    bad++;
    writer.write({ kind: 'error', record: { id: `${file}:${errors[0]?.line ?? 0}`, file, errors } });
  };

  // call-detail records: read first, joined onto each conversation as it is read
  let joiner: CdrJoiner | undefined;
  const cdrFiles = opts.cdr ?? [];
  if (cdrFiles.length > 0) {
    const all: CallRecord[] = [];
    for (const f of cdrFiles) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(f));
      } catch (e) {
        writeErrors(f, [
          { line: 0, field: '', message: `cannot read ${f}: ${e instanceof Error ? e.message : String(e)}` },
        ]);
        continue;
      }
      const read = readCdr(bytes, f, {
        timeZone,
        encoding: importOptions.encoding,
        callDirection: opts.callDirection,
      });
      all.push(...read.records);
      for (const e of read.errors) writeErrors(f, [e]);
    }
    joiner = cdrJoiner(all, timeZone);
  }

  const bytes = totalBytes(files);
  const bar =
    opts.progress && !opts.quiet && process.stderr.isTTY && bytes >= PROGRESS_MIN_BYTES
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'checking [{bar}] {percentage}% | {value}/{total} bytes | {records} records',
            hideCursor: true,
          },
          // NO_COLOR / dumb terminals: plain ASCII
          decorated() ? cliProgress.Presets.shades_classic : cliProgress.Presets.legacy,
        )
      : undefined;
  bar?.start(bytes, 0, { records: 0 });
  let read = 0;
  const inputs = readInputs(
    files,
    (n) => {
      read += n;
      bar?.update(Math.min(read, bytes), { records });
    },
    {
      importOptions,
      onWarning: (file, w) =>
        note(`${file}:${w.line}: warning: ${w.field ? `${w.field}: ` : ''}${w.message}`),
    },
  );
  for await (const item of inputs) {
    records++;
    if (item.kind === 'conversation') {
      let conversation = item.conversation;
      if (joiner) {
        const joined = joiner.join(conversation);
        if (joined) conversation = joined;
        else
          note(
            `${item.file}: warning: conversation ${conversation.id}: no call-detail record matches it; no call events added`,
          );
      }
      writer.write({ kind: 'result', result: evaluate(loaded.pack, conversation) });
    } else {
      writeErrors(item.file, item.errors);
    }
  }
  bar?.stop();
  writer.end();
  for (const r of joiner?.unused() ?? [])
    note(`warning: call ${r.ids[0]} (line ${r.line}): no conversation in the input; record not used`);
  return bad > 0 ? 2 : 0;
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
    .option('-q, --quiet', 'no warnings or progress on stderr');
  addImportFlags(cmd).action(async (files: string[], opts: CheckOptions) => {
    endQuietlyOnClosedPipe();
    process.exitCode = await runCheck(files, opts);
  });
}
