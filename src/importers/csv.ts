// CSV exported from Excel or a call-center report: UTF-8 (with or without BOM) or GBK, detected; comma,
// semicolon or tab delimited, detected from the header line; one row per turn (tabular.ts does the rest).
import { decodeText } from './encoding.ts';
import { parseDelimited, sniffDelimiter } from './delimited.ts';
import type { TableRow } from './header.ts';
import { tableToConversations, type TableDefaults } from './tabular.ts';
import type { Imported, ResolvedOptions } from './types.ts';

export function importDelimited(
  bytes: Uint8Array,
  options: ResolvedOptions,
  defaults: TableDefaults,
  delimiter?: string,
): Imported {
  const { text } = decodeText(bytes, options.encoding);
  const parsed = parseDelimited(text, delimiter ?? sniffDelimiter(text));
  const rows: TableRow[] = parsed.records.map((r) => ({ line: r.line, cells: r.cells }));
  const result = tableToConversations(rows, options, defaults);
  return { conversations: result.conversations, errors: [...parsed.errors, ...result.errors] };
}

export function importCsv(bytes: Uint8Array, options: ResolvedOptions): Imported {
  return importDelimited(bytes, options, { channel: 'voice' });
}
