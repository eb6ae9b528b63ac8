// Output formats of `zhijian check`: jsonl (the product.md contract), json, csv (one row per hit, Excel-ready)
// and a human-readable table.
import type { FieldError } from '../core/conversation/schema.ts';
import type { CheckResult } from '../core/rules/index.ts';

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

export interface Writer {
  write(r: Record_): void;
  end(): void;
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

export function createWriter(format: OutputFormat, out: (s: string) => void): Writer {
  switch (format) {
    case 'jsonl':
      return {
        write: (r) => out(`${JSON.stringify(r.kind === 'result' ? r.result : r.record)}\n`),
        end: () => {},
      };
    case 'json': {
      let first = true;
      return {
        write: (r) => {
          out(`${first ? '[\n' : ',\n'}${JSON.stringify(r.kind === 'result' ? r.result : r.record)}`);
          first = false;
        },
        end: () => out(first ? '[]\n' : '\n]\n'),
      };
    }
    case 'csv': {
      out(`\uFEFF${csvRow(CSV_COLUMNS)}`);
      return {
        write: (r) => {
          if (r.kind === 'error') {
            for (const e of r.record.errors)
              out(
                csvRow([
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
                ]),
              );
            return;
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
          if (hits.length === 0) out(csvRow([...head, '', '', '', '', '', '', '', '', '']));
          for (const h of hits)
            out(
              csvRow([
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
              ]),
            );
        },
        end: () => {},
      };
    }
    case 'table': {
      let count = 0;
      let sum = 0;
      let bad = 0;
      return {
        write: (r) => {
          if (r.kind === 'error') {
            bad++;
            for (const e of r.record.errors)
              out(`✗ ${r.record.file}:${e.line}  ${e.field === '' ? '' : `${e.field}: `}${e.message}\n`);
            return;
          }
          const { id, score, fatal, hits } = r.result;
          count++;
          sum += score.total;
          const c = score.categories;
          out(
            `${id}  ${num(score.total)}${fatal ? ' (fatal)' : ''}  专业水平 ${num(c.professional)} · 服务态度 ${num(c.attitude)} · 服务用语 ${num(c.language)}\n`,
          );
          for (const h of hits) {
            const what = h.text === '' ? (h.message ?? '') : `「${h.text}」`;
            const cost = h.deduction > 0 ? ` −${num(h.deduction)}` : '';
            const tip = h.suggestion === undefined ? '' : `  → ${h.suggestion}`;
            out(
              `  ${h.rule.padEnd(20)} turn ${String(h.turn).padStart(3)} [${h.start},${h.end})  ${what}${cost}${tip}\n`,
            );
          }
        },
        end: () =>
          out(
            `\n${count} conversation(s), mean score ${count === 0 ? '-' : num(sum / count)}${bad > 0 ? `, ${bad} bad record(s)` : ''}\n`,
          ),
      };
    }
  }
}
