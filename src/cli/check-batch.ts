// One unit of `zhijian check` work: a run of JSONL text (whole lines, numbered from `firstLine`) or conversations
// already read by an importer, scored and rendered to output text. Runs in a worker thread (check-worker.ts) or
// in-process (small inputs, `--jobs 1`); both give byte-identical output.
import type { Conversation, FieldError } from '../core/conversation/schema.ts';
import { evaluate } from '../core/rules/evaluate.ts';
import type { CompiledPack } from '../core/rules/types.ts';
import { parseJsonlLine } from '../importers/json-line.ts';
import { renderBatch } from './check-output.ts';
import type { OutputFormat, Record_, RenderedBatch } from './check-output.ts';

export type CheckUnit =
  | {
      readonly kind: 'lines';
      readonly file: string;
      /** 1-based number of the first line of `text`. */
      readonly firstLine: number;
      /**
       * Whole lines of UTF-8, each ending in `\n` (the last may lack it at the end of the file). Bytes, not a
       * string: the reading thread only looks for line ends and hands the block over (transferred, not copied);
       * decoding happens on the scoring thread.
       */
      readonly bytes: Uint8Array;
    }
  | {
      readonly kind: 'records';
      readonly file: string;
      readonly conversations: readonly Conversation[];
      readonly errors: readonly FieldError[];
    };

export interface RenderOptions {
  readonly format: OutputFormat;
  /** Print every field of a result (pack, machine part, tallies…), not only the contract's. */
  readonly details: boolean;
}

function errorRecord(file: string, errors: readonly FieldError[]): Record_ {
  const line = errors[0]?.line ?? 0;
  return { kind: 'error', record: { id: `${file}:${line}`, file, errors } };
}

/**
 * The blocks' decoder: about a third cheaper than Buffer#toString on Chinese text (bench:check), with the same
 * replacement of malformed bytes; `ignoreBOM` keeps a byte-order mark as the character it is, like toString (the
 * reader, commands/check.ts, strips the one a file may start with).
 */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function scoreUnit(pack: CompiledPack, unit: CheckUnit, opts: RenderOptions): RenderedBatch {
  const records: Record_[] = [];
  if (unit.kind === 'records') {
    for (const c of unit.conversations) records.push({ kind: 'result', result: evaluate(pack, c) });
    for (const e of unit.errors) records.push(errorRecord(unit.file, [e]));
    return renderBatch(opts.format, records, opts.details);
  }
  const text = UTF8.decode(unit.bytes);
  let lineNo = unit.firstLine - 1;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    const r = parseJsonlLine(line, lineNo);
    records.push(
      r.ok ? { kind: 'result', result: evaluate(pack, r.conversation) } : errorRecord(unit.file, r.errors),
    );
  }
  return renderBatch(opts.format, records, opts.details);
}
