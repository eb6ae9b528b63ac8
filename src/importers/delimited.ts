// RFC 4180 records as Excel writes them: fields separated by a delimiter, quoted when they hold the delimiter,
// a quote or a line break ("" inside quotes is one quote), CRLF or LF line ends. Each record keeps the 1-based
// source line it starts on, so errors point at the line a user sees in an editor.
import type { FieldError } from '../core/conversation/schema.ts';

export interface DelimitedRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface DelimitedParse {
  records: DelimitedRecord[];
  errors: FieldError[];
}

/**
 * Split `text` into records. A quote is special only at the start of a field; a closing quote followed by
 * more text keeps that text (as Excel does). A quoted field never closed is reported and the parse resumes on
 * the line after the record's first line, so one stray quote cannot swallow the rest of the file.
 */
export function parseDelimited(text: string, delimiter: string): DelimitedParse {
  const records: DelimitedRecord[] = [];
  const errors: FieldError[] = [];
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const startIndex = i;
    const cells: string[] = [];
    let unterminated = false;
    for (;;) {
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        // quoted field: copy runs between quotes, `""` is one quote
        i++;
        let closed = false;
        while (i < n) {
          const q = text.indexOf('"', i);
          if (q < 0) break;
          cell += text.slice(i, q);
          line += countNewlines(text, i, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            cell += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          unterminated = true;
          break;
        }
      }
      // unquoted field, or text after a closing quote (kept, as Excel does)
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === LF || c === CR) break;
        i++;
      }
      cell += text.slice(from, i);
      cells.push(cell);
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (unterminated) {
      errors.push({ line: startLine, field: '', message: 'quoted field is never closed; record skipped' });
      // resume after the first line of the broken record
      const nl = text.indexOf('\n', startIndex);
      if (nl < 0) break;
      i = nl + 1;
      line = startLine + 1;
      continue;
    }
    records.push({ line: startLine, cells });
  }
  return { records, errors };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) count++;
  return count;
}

/**
 * The delimiter of a CSV file, from its first line outside quotes: the most frequent of comma, tab and
 * semicolon (European Excel writes `;`); comma when none appears.
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, c] of counts) {
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}
