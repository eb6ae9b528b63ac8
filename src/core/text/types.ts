// The text layer's contract. The rule engine depends only on this file and on
// `compilePhrases` from ./index.ts; implementations may change underneath.
// Every option is named the way users write it in a rule file (YAML), e.g.
//   mode: tolerant
//   maxFillers: 2
//   stutter: true
//   homophones: true
//   maxGap: 8
//   phrases: [{ pattern: 不知道, notFollowedBy: [您] }]

/**
 * How tolerant a phrase list is. Names are the ones users write in rule packs.
 * - `exact`: code-unit for code-unit, as typed.
 * - `normalized`: traditional→simplified, full-width→half-width, case folded, punctuation/whitespace and
 *   ASR pause markers (`_`) skipped inside and around the phrase.
 * - `tolerant`: normalized, plus inserted fillers (`maxFillers`) and stutter repeats (`stutter`).
 */
export type MatchMode = 'exact' | 'normalized' | 'tolerant';

export interface PhraseEntry {
  /** The phrase as written. A `…` (or `...`) inside it is a gap: `不是…说过`. */
  pattern: string;
  /** The phrase does not count when immediately followed by one of these (after normalization), e.g. `不知道` + `您`. */
  notFollowedBy?: readonly string[];
  /** The phrase does not count when immediately preceded by one of these. */
  notPrecededBy?: readonly string[];
  /** Overrides the list's `maxGap` for this phrase's `…` gaps. */
  maxGap?: number;
}

export interface MatchOptions {
  mode?: MatchMode;
  /** tolerant: the most filler tokens (嗯/呃/那个/就是…) allowed inside one phrase. Default 2. */
  maxFillers?: number;
  /** tolerant: the filler tokens; default {@link DEFAULT_FILLERS} in ./fillers.ts. */
  fillers?: readonly string[];
  /** tolerant: accept stutter repeats (我我不是, 不是不是). Default true in tolerant mode. */
  stutter?: boolean;
  /** normalized/tolerant, opt-in: homophone classes via pinyin, e.g. sentence-final 吗/嘛/么. Default false. */
  homophones?: boolean;
  /**
   * With `homophones`: near-pinyin syllables match too (z/zh, c/ch, s/sh, in/ing, en/eng, an/ang). Default false.
   * A match that is not literal must keep the phrase's first character and at most one substitution per three
   * characters, and phrases shorter than three characters only match literally (see ./fuzzy-guard.ts).
   */
  nearPinyin?: boolean;
  /** Largest number of characters (UTF-16 units of the original text) a `…` gap may span. Default 10. */
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
  /** The mode the list was compiled in. */
  readonly mode?: MatchMode;
  /** Every (overlapping) match, ordered by start then end then phrase. */
  findAll(text: string): PhraseMatch[];
  /** True when at least one phrase matches. */
  test?(text: string): boolean;
}

/** Result of {@link normalize}: the folded text and, for each of its UTF-16 units, the original offset. */
export interface NormalizedText {
  text: string;
  /** `map[i]` is the offset in the original text of normalized unit `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}
