// `zhijian check FILE... [--rules PACK] [--format table|json|jsonl|csv]`: scores conversations without a
// database (product.md "zhijian check"). Exit 0 when every record was read, 2 on bad input (good records
// are still scored).
import { Option } from 'commander';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { evaluate, PackError } from '../../core/rules/index.ts';
import { createWriter, FORMATS } from '../check-output.ts';
import type { OutputFormat } from '../check-output.ts';
import { DEFAULT_PACK_PATH, loadPack } from '../load-pack.ts';
import { readInputs, totalBytes } from '../read-inputs.ts';

/** Inputs at least this large get a progress bar (when stderr is a terminal). */
const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;

interface CheckOptions {
  rules: string;
  format: OutputFormat;
  progress: boolean;
}

export async function runCheck(files: readonly string[], opts: CheckOptions): Promise<number> {
  let loaded;
  try {
    loaded = loadPack(opts.rules);
  } catch (e) {
    process.stderr.write(
      `${e instanceof PackError ? e.message : `cannot load rule pack ${opts.rules}: ${e instanceof Error ? e.message : String(e)}`}\n`,
    );
    return 2;
  }
  const writer = createWriter(opts.format, (s) => process.stdout.write(s));
  const bytes = totalBytes(files);
  const bar =
    opts.progress && process.stderr.isTTY && bytes >= PROGRESS_MIN_BYTES
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'checking [{bar}] {percentage}% | {value}/{total} bytes | {records} records',
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(bytes, 0, { records: 0 });
  let read = 0;
  let records = 0;
  let bad = 0;
  for await (const item of readInputs(files, (n) => {
    read += n;
    bar?.update(Math.min(read, bytes), { records });
  })) {
    records++;
    if (item.kind === 'conversation') {
      writer.write({ kind: 'result', result: evaluate(loaded.pack, item.conversation) });
    } else {
      bad++;
      const line = item.errors[0]?.line ?? 0;
      writer.write({
        kind: 'error',
        record: { id: `${item.file}:${line}`, file: item.file, errors: item.errors },
      });
    }
  }
  bar?.stop();
  writer.end();
  return bad > 0 ? 2 : 0;
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
    .action(async (files: string[], opts: CheckOptions) => {
      process.exitCode = await runCheck(files, opts);
    });
}
