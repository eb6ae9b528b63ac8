// Derives the traditional → simplified character table from opencc-js's dictionaries. Only the generator
// (./generate-tables.ts) and the sync test import this: at run time the text layer uses the generated ./t2s-table.ts.
import { from, to } from 'opencc-js/preset/t2cn';
import type { DictGroup, DictLike } from 'opencc-js/core';

/** Single-character entries of one opencc dictionary (phrase entries are ignored: we fold per character). */
function charPairs(dict: DictLike): [string, string][] {
  const entries: readonly (readonly [string, string])[] =
    typeof dict === 'string'
      ? dict.split('|').map((e) => {
          const [k = '', v = ''] = e.split(' ');
          return [k, v] as const;
        })
      : dict;
  return entries.filter(([k, v]) => k.length === 1 && v.length === 1 && k !== v).map(([k, v]) => [k, v]);
}

function chainMap(groups: readonly DictGroup[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const group of groups)
    for (const dict of group) for (const [k, v] of charPairs(dict)) if (!m.has(k)) m.set(k, v);
  return m;
}

// opencc's preset typings reach its core typings through a path the type-aware linter cannot resolve.
const chains = (r: unknown, key: string): readonly DictGroup[] =>
  (r as Record<string, readonly DictGroup[] | undefined>)[key] ?? [];

export function buildT2sPairs(): Map<string, string> {
  const toSimplified = chainMap(chains(to, 'cn'));
  const variants = new Map<string, string>([
    ...chainMap(chains(from, 'hk')),
    ...chainMap(chains(from, 'tw')),
  ]);
  const out = new Map<string, string>(toSimplified);
  // Regional variant → standard traditional → simplified (e.g. Taiwan's 着 forms).
  for (const [k, v] of variants) {
    const s = toSimplified.get(v) ?? v;
    if (!out.has(k) && s !== k) out.set(k, s);
  }
  // A character that is itself the simplified form of another (么 ← 麼) is standard simplified text: keep it
  // (opencc maps 么 → 幺 for traditional input, which would turn every 什么 into 什幺).
  const simplified = new Set(out.values());
  for (const k of [...out.keys()]) if (simplified.has(k)) out.delete(k);
  return new Map([...out].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0)));
}
