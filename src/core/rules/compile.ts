// compilePack: YAML/JSON text → an immutable CompiledPack, validated once (pure: the caller reads the file).
// Every problem is reported with file, line and reason; phrase lists are compiled once per pack.
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { ScorecardItem } from '../scoring/types.ts';
import { getOperator } from './operators/index.ts';
import { flattenIssues, PackError } from './pack-error.ts';
import type { PackIssue } from './pack-error.ts';
import { packSchema } from './schema.ts';
import type { PackInput } from './schema.ts';
import type { CompiledPack } from './types.ts';
import { compileValidPack } from './compile-valid.ts';

export { compileValidPack } from './compile-valid.ts';

type Path = readonly PropertyKey[];

/** Position of the deepest existing node on `path` (the key itself for unknown keys). */
function locate(doc: Document, lc: LineCounter, path: Path, key?: string): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (!isNode(node)) continue;
    let offset = node.range?.[0];
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair !== undefined && isNode(pair.key)) offset = pair.key.range?.[0];
    }
    if (offset !== undefined) {
      const pos = lc.linePos(offset);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 0, column: 0 };
}

/**
 * The document as plain data. The yaml library refuses to expand aliases past a budget (an "alias bomb": a few
 * lines that expand to billions of nodes) by throwing; that is a fault of the pack, reported like any other.
 */
function packValue(doc: ReturnType<typeof parseDocument>, fileName: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new PackError([
      { file: fileName, line: 0, column: 0, path: '', message: `cannot be read: ${(e as Error).message}` },
    ]);
  }
}

/** Compile a pack; throws {@link PackError} listing every issue when the pack is invalid. */
export function compilePack(text: string, fileName: string): CompiledPack {
  return compileValidPack(validatePack(text, fileName));
}

/**
 * Parse and validate a pack's text into plain data (structured-cloneable), throwing {@link PackError} with file,
 * line and reason. This is the costly half of compiling (YAML, schema): `zhijian check` does it once and hands the
 * result to every scoring thread, which only runs {@link compileValidPack}.
 */
export function validatePack(text: string, fileName: string): PackInput {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new PackError(
      doc.errors.map((e) => {
        const pos = lc.linePos(e.pos[0]);
        return {
          file: fileName,
          line: pos.line,
          column: pos.col,
          path: '',
          message: e.message.split('\n')[0] ?? e.message,
        };
      }),
    );
  }
  const issue = (path: Path, message: string, key?: string): PackIssue => {
    const { line, column } = locate(doc, lc, path, key);
    return { file: fileName, line, column, path: path.map(String).join('.'), message };
  };
  const parsed = packSchema.safeParse(packValue(doc, fileName));
  if (!parsed.success)
    throw new PackError(flattenIssues(parsed.error.issues).map((f) => issue(f.path, f.message, f.key)));
  const pack = parsed.data;
  const problems = semanticIssues(pack);
  if (problems.length > 0) throw new PackError(problems.map((p) => issue(p.path, p.message)));
  return pack;
}

interface Problem {
  path: Path;
  message: string;
}

/** Checks zod cannot express: unique ids, item references, `after:` references and cycles. */
function semanticIssues(pack: PackInput): Problem[] {
  const out: Problem[] = [];
  const items = new Map<string, ScorecardItem>();
  pack.scorecard.items.forEach((item, i) => {
    if (items.has(item.id))
      out.push({ path: ['scorecard', 'items', i, 'id'], message: `duplicate item id "${item.id}"` });
    items.set(item.id, item);
  });
  const ruleIds = new Set<string>();
  pack.rules.forEach((r, i) => {
    const at = (...p: PropertyKey[]): Path => ['rules', i, ...p];
    if (ruleIds.has(r.id)) out.push({ path: at('id'), message: `duplicate rule id "${r.id}"` });
    ruleIds.add(r.id);
    if (r.item === undefined) {
      if (r.category === undefined)
        out.push({ path: at(), message: 'a flag (rule without item) needs a category' });
    } else {
      const item = items.get(r.item);
      if (item === undefined) out.push({ path: at('item'), message: `unknown scorecard item "${r.item}"` });
      else if (item.judged === 'manual')
        out.push({
          path: at('item'),
          message: `item "${r.item}" is judged manually; rules cannot deduct from it`,
        });
      else if (r.category !== undefined && r.category !== item.category)
        out.push({
          path: at('category'),
          message: `category "${r.category}" differs from item "${item.id}" (${item.category})`,
        });
    }
    for (const p of conditionProblems(r.when, at('when'))) out.push(p);
  });
  return out;
}

function conditionProblems(root: PackInput['rules'][number]['when'], rootPath: Path): Problem[] {
  const out: Problem[] = [];
  const ids = new Map<string, { path: Path; after: string | undefined }>();
  const walk = (n: typeof root, path: Path): void => {
    if ('all' in n) n.all.forEach((c, i) => walk(c, [...path, 'all', i]));
    else if ('any' in n) n.any.forEach((c, i) => walk(c, [...path, 'any', i]));
    else if ('not' in n) walk(n.not, [...path, 'not']);
    else {
      if (getOperator(n.op) === undefined)
        out.push({ path: [...path, 'op'], message: `unknown operator "${n.op}"` });
      const { id, in: pos } = n.common;
      const after = typeof pos === 'object' && 'after' in pos ? pos.after : undefined;
      if (id !== undefined) {
        if (ids.has(id)) out.push({ path: [...path, 'id'], message: `duplicate condition id "${id}"` });
        ids.set(id, { path, after });
      }
      if (after !== undefined) ids.set(`@${path.join('.')}`, { path, after });
    }
  };
  walk(root, rootPath);
  for (const [key, { path, after }] of ids) {
    if (after === undefined) continue;
    if (!ids.has(after) || after.startsWith('@')) {
      out.push({ path: [...path, 'in', 'after'], message: `no condition with id "${after}" in this rule` });
      continue;
    }
    const seen = new Set([key]);
    for (let cur: string | undefined = after; cur !== undefined; cur = ids.get(cur)?.after) {
      if (seen.has(cur)) {
        out.push({
          path: [...path, 'in', 'after'],
          message: `"after" references form a cycle through "${cur}"`,
        });
        break;
      }
      seen.add(cur);
    }
  }
  return out;
}
