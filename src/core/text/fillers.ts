// Filler tokens that speakers (and ASR) insert inside a phrase: seed 000/002 list 嗯/啊/呃-type interjections
// as habitual fillers, and spoken transcripts insert discourse markers (那个/就是/然后) mid-sentence.
export const DEFAULT_FILLERS: readonly string[] = [
  '嗯',
  '呃',
  '额',
  '啊',
  '哦',
  '噢',
  '唉',
  '哎',
  '诶',
  '呐',
  '那个',
  '这个',
  '就是',
  '然后',
  '就是说',
  '怎么说',
];

export const DEFAULT_MAX_FILLERS = 2;
/** Most repeated units a stutter may skip inside one phrase; bounds the search on pathological input. */
export const MAX_STUTTER_SKIPS = 4;
