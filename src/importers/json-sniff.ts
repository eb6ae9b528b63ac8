// JSON files are recognised by their structure (an Alibaba Cloud result whose `Words` come before its
// `Sentences` is still an Alibaba Cloud result), so detection parses the whole file. The parse is kept for the
// importer that follows, keyed by the very bytes object, so a file is parsed once.
import { decodeText, type ForcedEncoding } from './encoding.ts';

export type ParsedJson =
  | { kind: 'json'; text: string; root: unknown }
  | {
      kind: 'jsonl';
      text: string;
      error: unknown;
      records: ({ line: number; value: unknown } | { line: number; error: unknown })[];
    }
  | { kind: 'invalid'; text: string; error: unknown };

const cache = new WeakMap<Uint8Array, { encoding: ForcedEncoding | undefined; parsed: ParsedJson }>();

/** The bytes as one JSON value, else as JSON lines (when several lines hold objects), else the syntax error. */
export function parsedJson(bytes: Uint8Array, encoding?: ForcedEncoding): ParsedJson {
  const hit = cache.get(bytes);
  if (hit && hit.encoding === encoding) return hit.parsed;
  const { text } = decodeText(bytes, encoding);
  let parsed: ParsedJson;
  try {
    parsed = { kind: 'json', text, root: JSON.parse(text) as unknown };
  } catch (error) {
    const lines = text.split('\n');
    const objectLines = lines.filter((l) => /^\s*[{[].*[}\]]\s*$/.test(l));
    if (objectLines.length >= 2) {
      const records: ({ line: number; value: unknown } | { line: number; error: unknown })[] = [];
      lines.forEach((l, i) => {
        if (l.trim() === '') return;
        try {
          records.push({ line: i + 1, value: JSON.parse(l) as unknown });
        } catch (e) {
          records.push({ line: i + 1, error: e });
        }
      });
      parsed = { kind: 'jsonl', text, error, records };
    } else parsed = { kind: 'invalid', text, error };
  }
  cache.set(bytes, { encoding, parsed });
  return parsed;
}
