// The pack's shared phrase index: every phrase list of every condition is appended to one matcher per distinct
// set of match options and role whose turns the list is read in, so a turn is scanned once per option set however
// many rules look at it, and only for the lists its role is read for (a customer turn is not searched for the
// agent's forbidden phrases). A list's matches do not depend on the other lists of its matcher, so the grouping
// changes no result, only what each scan costs.
import { compilePhrases } from '../text/index.ts';
import type { MatchOptions, PhraseEntry, PhraseMatcher } from '../text/types.ts';
import type { MatchSpec, PhraseSpec } from './operators/common.ts';
import type { PhraseHandle, RoleScope } from './types.ts';

interface Group {
  options: MatchOptions;
  entries: PhraseEntry[];
}

export class PhraseIndexBuilder {
  private readonly groups: Group[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly defaults: MatchOptions) {}

  register(list: readonly PhraseSpec[], match: MatchSpec | undefined, role: RoleScope): PhraseHandle {
    const options: MatchOptions = { ...this.defaults, ...stripUndefined(match ?? {}) };
    const key = `${role} ${JSON.stringify(options, Object.keys(options).sort())}`;
    let gi = this.byKey.get(key);
    if (gi === undefined) {
      gi = this.groups.length;
      this.groups.push({ options, entries: [] });
      this.byKey.set(key, gi);
    }
    const group = this.groups[gi];
    if (group === undefined) throw new Error('phrase index: group vanished');
    const offset = group.entries.length;
    const suggestions: (string | undefined)[] = [];
    for (const p of list) {
      if (typeof p === 'string') {
        group.entries.push({ pattern: p });
        suggestions.push(undefined);
      } else {
        const { suggestion, ...entry } = p;
        group.entries.push(entry);
        suggestions.push(suggestion);
      }
    }
    return { matcher: gi, offset, size: list.length, suggestions };
  }

  build(): PhraseMatcher[] {
    return this.groups.map((g) => compilePhrases(g.entries, g.options));
  }
}

function stripUndefined(m: MatchSpec): MatchOptions {
  const out: MatchOptions = {};
  if (m.mode !== undefined) out.mode = m.mode;
  if (m.maxFillers !== undefined) out.maxFillers = m.maxFillers;
  if (m.stutter !== undefined) out.stutter = m.stutter;
  if (m.homophones !== undefined) out.homophones = m.homophones;
  if (m.nearPinyin !== undefined) out.nearPinyin = m.nearPinyin;
  if (m.maxGap !== undefined) out.maxGap = m.maxGap;
  return out;
}
