// The text layer's contract (issue 3). The rule engine depends only on this file and on
// `compilePhrases` from ./index.ts; implementations may change underneath.

/** How tolerant a phrase list is. Names are the ones users write in rule packs. */
export type MatchMode = 'exact' | 'normalized' | 'tolerant';

export interface PhraseEntry {
  /** The phrase as written. A `…` (or `...`) inside it is a gap: `不是…说过`. */
  pattern: string;
  /** The phrase does not count when immediately followed by one of these (after normalization), e.g. `不知道` + `您`. */
  notFollowedBy?: readonly string[];
  /** The phrase does not count when immediately preceded by one of these. */
  notPrecededBy?: readonly string[];
}

export interface MatchOptions {
  mode?: MatchMode;
  /** tolerant: the most filler tokens (嗯/呃/那个/就是…) allowed inside one phrase. */
  maxFillers?: number;
  /** tolerant: accept stutter repeats (我我不是). */
  stutter?: boolean;
  /** tolerant, opt-in: homophone classes via pinyin, e.g. sentence-final 吗/嘛/么. */
  homophones?: boolean;
  /** Largest number of characters a `…` gap may span. */
  maxGap?: number;
}

/** One hit: `start`/`end` are UTF-16 offsets into the ORIGINAL text, `phrase` indexes the compiled entries. */
export interface PhraseMatch {
  phrase: number;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  readonly size: number;
  /** Every (overlapping) match, ordered by start then end then phrase. */
  findAll(text: string): PhraseMatch[];
}
