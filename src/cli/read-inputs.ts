// Conversations from the files given on the command line. JSONL is streamed line by line (constant memory,
// progress by bytes); every other format goes through the importers. Bad records become errors, never stops.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Conversation, FieldError } from '../core/conversation/schema.ts';
import { parseJsonlLine } from '../importers/json.ts';

export type InputItem =
  | { readonly kind: 'conversation'; readonly file: string; readonly conversation: Conversation }
  | { readonly kind: 'error'; readonly file: string; readonly errors: readonly FieldError[] };

export function totalBytes(files: readonly string[]): number {
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(f).size;
    } catch {
      // reported when the file is read
    }
  }
  return n;
}

/** Yield every conversation and every bad record of `files`; `onBytes` reports progress. */
export async function* readInputs(
  files: readonly string[],
  onBytes: (n: number) => void = () => {},
): AsyncGenerator<InputItem> {
  for (const file of files) {
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
    if (/\.(jsonl|ndjson)$/i.test(file)) {
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
    const result = await importBuffer(bytes, file);
    onBytes(size);
    for (const conversation of result.conversations) yield { kind: 'conversation', file, conversation };
    for (const error of result.errors) yield { kind: 'error', file, errors: [error] };
  }
}
