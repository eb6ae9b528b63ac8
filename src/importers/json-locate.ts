// Source lines of values in a JSON document, so an error in a pretty-printed file points at the line of the
// offending field (JSON.parse gives values without positions). Only used when there are errors to report.

/**
 * Map each value path up to `maxDepth` segments (`3.turns.2.role`, `Result.Sentences.4.Text`) to the 1-based
 * line where the value starts. Expects text that JSON.parse accepted.
 */
export function jsonValueLines(text: string, maxDepth = 6): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) return;
      i++;
    }
  };
  const str = (): string => {
    const start = ++i;
    let escaped = false;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') {
        escaped = true;
        i += 2;
        continue;
      }
      if (c === '"') break;
      i++;
    }
    const raw = text.slice(start, i++);
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const value = (path: string, depth: number): void => {
    ws();
    if (depth <= maxDepth && path !== '') lines.set(path, line);
    const c = text[i];
    const child = (seg: string): string => (path === '' ? seg : `${path}.${seg}`);
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const key = str();
        ws();
        i++; // ':'
        value(child(key), depth + 1);
        ws();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(child(String(n)), depth + 1);
        ws();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void str();
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value('', 0);
  return lines;
}

/** The line of `path` or of its nearest located ancestor; `fallback` when nothing is located. */
export function lineOfPath(lines: ReadonlyMap<string, number>, path: string, fallback: number): number {
  let p = path;
  for (;;) {
    const l = lines.get(p);
    if (l !== undefined) return l;
    const dot = p.lastIndexOf('.');
    if (dot < 0) return fallback;
    p = p.slice(0, dot);
  }
}

/** Line and reason of a JSON.parse failure (Node reports a character position). */
export function jsonSyntaxError(text: string, e: unknown, firstLine = 1): { line: number; message: string } {
  const message = e instanceof Error ? e.message : String(e);
  const explicit = /line (\d+) column/.exec(message);
  if (explicit) return { line: firstLine + Number(explicit[1]) - 1, message: `invalid JSON: ${message}` };
  const pos = /position (\d+)/.exec(message);
  const at = pos ? Number(pos[1]) : text.length;
  let line = firstLine;
  for (let k = 0; k < at && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return { line, message: `invalid JSON: ${message}` };
}
