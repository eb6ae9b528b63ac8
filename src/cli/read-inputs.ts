// Conversations from the files given on the command line. JSONL is streamed line by line (constant memory,
// progress by bytes); every other format goes through the importers. Bad records become errors, never stops.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Conversation, FieldError } from '../core/conversation/schema.ts';
import type { ImportOptions } from '../importers/index.ts';
import { parseJsonlLine } from '../importers/json-line.ts';
import { readStdin } from './pipe.ts';

export type InputItem =
  | { readonly kind: 'conversation'; readonly file: string; readonly conversation: Conversation }
  | { readonly kind: 'error'; readonly file: string; readonly errors: readonly FieldError[] };

export function totalBytes(files: readonly string[]): number {
  let n = 0;
  for (const f of files) {
    if (f === '-') continue; // standard input: size unknown
    try {
      n += statSync(f).size;
    } catch {
      // reported when the file is read
    }
  }
  return n;
}

export interface ReadInputsOptions {
  /** How to read files that are not conversation v1 (column mapping, roles, encoding…). */
  importOptions?: ImportOptions;
  /** Things imported that look wrong (swapped channels…): nothing was skipped for them. */
  onWarning?: (file: string, warning: FieldError) => void;
}

/**
 * Yield every conversation and every bad record of `files` (`-` is standard input, read whole and detected
 * like a file); `onBytes` reports progress.
 */
export async function* readInputs(
  files: readonly string[],
  onBytes: (n: number) => void = () => {},
  options: ReadInputsOptions = {},
): AsyncGenerator<InputItem> {
  const importOptions = options.importOptions ?? {};
  for (const file of files) {
    if (file === '-') {
      const bytes = await readStdin();
      onBytes(bytes.length);
      const { importBuffer } = await import('../importers/index.ts');
      const result = await importBuffer(bytes, 'stdin', importOptions);
      for (const w of result.warnings) options.onWarning?.(file, w);
      for (const conversation of result.conversations) yield { kind: 'conversation', file, conversation };
      for (const error of result.errors) yield { kind: 'error', file, errors: [error] };
      continue;
    }
    let size: number;
    try {
      size = statSync(file).size;
    } catch (e) {
      yield {
        kind: 'error',
        file,
        errors: [
          {
            line: 0,
            field: '',
            message: `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`,
          },
        ],
      };
      continue;
    }
    // Large files are JSONL in practice: stream them instead of handing the whole buffer to the importers.
    if (
      /\.(jsonl|ndjson)$/i.test(file) &&
      importOptions.format === undefined &&
      importOptions.encoding === undefined
    ) {
      const stream = createReadStream(file, { encoding: 'utf8' });
      stream.on('data', (chunk) => onBytes(Buffer.byteLength(chunk)));
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      let lineNo = 0;
      for await (const raw of lines) {
        lineNo++;
        const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
        if (line.trim() === '') continue;
        const r = parseJsonlLine(line, lineNo);
        if (r.ok) yield { kind: 'conversation', file, conversation: r.conversation };
        else yield { kind: 'error', file, errors: r.errors };
      }
      continue;
    }
    const bytes = new Uint8Array(readFileSync(file));
    // The other formats' readers (exceljs, iconv-lite) are loaded only when such a file is given.
    const { importBuffer } = await import('../importers/index.ts');
    const result = await importBuffer(bytes, file, importOptions);
    onBytes(size);
    for (const w of result.warnings) options.onWarning?.(file, w);
    for (const conversation of result.conversations) yield { kind: 'conversation', file, conversation };
    for (const error of result.errors) yield { kind: 'error', file, errors: [error] };
  }
}
