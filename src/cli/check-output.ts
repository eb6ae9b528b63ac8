// Output formats of `zhijian check`: jsonl (the docs/product.md contract), json, csv (one row per hit, Excel-ready)
// and a human-readable table. Records are rendered to text in batches (possibly in worker threads, see
// check-pool.ts) and the batches joined in input order by one writer, which owns the json brackets and the
// table's summary line.
import type { FieldError } from '../core/conversation/schema.ts';
import type { CheckResult, Hit } from '../core/rules/index.ts';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** A bad record: the contract's "result line with errors". */
export interface ErrorRecord {
  readonly id: string;
  readonly file: string;
  readonly errors: readonly FieldError[];
}

export type Record_ =
  | { readonly kind: 'result'; readonly result: CheckResult }
  | { readonly kind: 'error'; readonly record: ErrorRecord };

/** A rendered batch of records: its output plus what the table summary needs. */
export interface RenderedBatch {
  /**
   * The batch's text as UTF-8, encoded by the thread that rendered it (check-pool.ts moves it to the writer
   * without a copy). The buffer is the batch's own, never a pooled slab, so it can be transferred.
   */
  readonly bytes: Uint8Array;
  /** Conversations scored (result records). */
  readonly results: number;
  /** Sum of their total scores. */
  readonly scoreSum: number;
  /** Bad records. */
  readonly bad: number;
}

/**
 * What a jsonl/json line carries by default: the docs/product.md contract (id, score, fatal, hits with their evidence,
 * errors) plus the judgement fields added to it (signals; confidence and suggested on hits). `pack`, `machine`,
 * `pending`, `notApplicable`, `tallies` and a hit's `item`/`role` are the store's bookkeeping: with them a line is
 * about 3.5× longer, so they are printed only with `--details`.
 */
export function contractResult(result: CheckResult): object {
  const r = result as CheckResult & { readonly signals?: unknown };
  // Optional keys are assigned one by one in the contract's order, not spread: this runs for every line, and
  // spreading conditional objects costs a temporary object each and gives the lines different shapes.
  const hits: object[] = new Array<object>(r.hits.length);
  for (let i = 0; i < r.hits.length; i++) hits[i] = contractHit(r.hits[i]!);
  const out: Record<string, unknown> = { id: r.id, score: r.score, fatal: r.fatal, hits, errors: r.errors };
  if (r.signals !== undefined) out.signals = r.signals;
  return out;
}

function contractHit(h: Hit): object {
  const out: Record<string, unknown> = {
    rule: h.rule,
    category: h.category,
    turn: h.turn,
    start: h.start,
    end: h.end,
    text: h.text,
    deduction: h.deduction,
  };
  if (h.suggestion !== undefined) out.suggestion = h.suggestion;
  if (h.message !== undefined) out.message = h.message;
  if (h.messageId !== undefined) out.messageId = h.messageId;
  if (h.messageValues !== undefined) out.messageValues = h.messageValues;
  if (h.atMs !== undefined) out.atMs = h.atMs;
  if (h.durationMs !== undefined) out.durationMs = h.durationMs;
  if (h.confidence !== undefined) out.confidence = h.confidence;
  if (h.suggested !== undefined) out.suggested = h.suggested;
  if (h.review !== undefined) out.review = h.review;
  return out;
}

const CSV_COLUMNS = [
  'id',
  'total',
  'professional',
  'attitude',
  'language',
  'fatal',
  'rule',
  'category',
  'turn',
  'start',
  'end',
  'text',
  'deduction',
  'suggestion',
  'error',
] as const;

function csvCell(v: string | number | boolean | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csvRow(cells: readonly (string | number | boolean | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const num = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * UTF-8 output built piece by piece into one growing buffer. jsonl lines are encoded one by one as they are
 * stringified: concatenating a block's lines into one string first and encoding that costs about three times as
 * much (the joined string is built, flattened, then encoded; bench:check).
 */
class Utf8Sink {
  private buf: Buffer;
  private len = 0;

  constructor(capacity: number) {
    this.buf = Buffer.allocUnsafeSlow(Math.max(capacity, 256));
  }

  add(s: string): void {
    // a UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4)
    const room = this.len + s.length * 3;
    if (room > this.buf.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(room, this.buf.length * 2));
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    this.len += this.buf.write(s, this.len);
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.len);
  }
}

/** json, csv and table batches are built as text and encoded once (each encode returns a buffer of its own). */
const UTF8 = new TextEncoder();

/** Render records in one format; `details` keeps every field of a result in jsonl/json. */
export function renderBatch(
  format: OutputFormat,
  records: readonly Record_[],
  details: boolean,
): RenderedBatch {
  let results = 0;
  let scoreSum = 0;
  let bad = 0;
  for (const r of records) {
    if (r.kind === 'error') bad++;
    else {
      results++;
      scoreSum += r.result.score.total;
    }
  }
  if (format === 'jsonl') {
    const sink = new Utf8Sink(records.length * 400);
    for (const r of records) sink.add(`${jsonOf(r, details)}\n`);
    return { bytes: sink.bytes(), results, scoreSum, bad };
  }
  let text = '';
  for (const r of records) {
    switch (format) {
      case 'json':
        text += `${text === '' ? '' : ',\n'}${jsonOf(r, details)}`;
        break;
      case 'csv':
        text += csvOf(r);
        break;
      case 'table':
        text += tableOf(r);
        break;
    }
  }
  return { bytes: UTF8.encode(text), results, scoreSum, bad };
}

function jsonOf(r: Record_, details: boolean): string {
  if (r.kind === 'error') return JSON.stringify(r.record);
  return JSON.stringify(details ? r.result : contractResult(r.result));
}

function csvOf(r: Record_): string {
  let text = '';
  if (r.kind === 'error') {
    for (const e of r.record.errors)
      text += csvRow([
        r.record.id,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        `${r.record.file}:${e.line} ${e.field} ${e.message}`,
      ]);
    return text;
  }
  const { id, score, fatal, hits } = r.result;
  const head = [
    id,
    score.total,
    score.categories.professional,
    score.categories.attitude,
    score.categories.language,
    fatal,
  ];
  if (hits.length === 0) text += csvRow([...head, '', '', '', '', '', '', '', '', '']);
  for (const h of hits)
    text += csvRow([
      ...head,
      h.rule,
      h.category,
      h.turn,
      h.start,
      h.end,
      h.text,
      h.deduction,
      h.suggestion,
      '',
    ]);
  return text;
}

function tableOf(r: Record_): string {
  let text = '';
  if (r.kind === 'error') {
    for (const e of r.record.errors)
      text += `✗ ${r.record.file}:${e.line}  ${e.field === '' ? '' : `${e.field}: `}${e.message}\n`;
    return text;
  }
  const { id, score, fatal, hits } = r.result;
  const c = score.categories;
  text += `${id}  ${num(score.total)}${fatal ? ' (fatal)' : ''}  专业水平 ${num(c.professional)} · 服务态度 ${num(c.attitude)} · 服务用语 ${num(c.language)}\n`;
  for (const h of hits) {
    const what = h.text === '' ? (h.message ?? '') : `「${h.text}」`;
    const cost = h.deduction > 0 ? ` −${num(h.deduction)}` : '';
    const tip = h.suggestion === undefined ? '' : `  → ${h.suggestion}`;
    text += `  ${h.rule.padEnd(20)} turn ${String(h.turn).padStart(3)} [${h.start},${h.end})  ${what}${cost}${tip}\n`;
  }
  return text;
}

/** Joins rendered batches in order: the json brackets and separators, the csv header, the table summary. */
export interface BatchWriter {
  write(batch: RenderedBatch): void;
  end(): void;
}

export function createBatchWriter(
  format: OutputFormat,
  out: (chunk: string | Uint8Array) => void,
): BatchWriter {
  let results = 0;
  let scoreSum = 0;
  let bad = 0;
  let first = true;
  if (format === 'csv') out(`\uFEFF${csvRow(CSV_COLUMNS)}`);
  return {
    write: (b) => {
      results += b.results;
      scoreSum += b.scoreSum;
      bad += b.bad;
      if (b.bytes.length === 0) return;
      if (format === 'json') {
        out(first ? '[\n' : ',\n');
        first = false;
      }
      out(b.bytes);
    },
    end: () => {
      if (format === 'json') out(first ? '[]\n' : '\n]\n');
      if (format === 'table')
        out(
          `\n${results} conversation(s), mean score ${results === 0 ? '-' : num(scoreSum / results)}${bad > 0 ? `, ${bad} bad record(s)` : ''}\n`,
        );
    },
  };
}
