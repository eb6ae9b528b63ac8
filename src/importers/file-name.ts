// Single-conversation files (an ASR result, a subtitle file) are usually named after the call:
// `/data/2026-10/call-0001.json` → `call-0001`.

/** The file's base name without directories and without its extension(s) such as `.json` or `.srt`. */
export function conversationIdFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/(\.(json|jsonl|ndjson|csv|tsv|txt|xlsx|xlsm|srt|vtt|gz))+$/i, '');
  return stem === '' ? base : stem;
}
