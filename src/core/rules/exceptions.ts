// Why a text hit is not the agent's own violation: quoting the customer, reported speech,
// echoing the customer's words, and polite forms listed as overlapping exceptions (不知道您…).
import { foldSpoken } from './operators/common.ts';
import type { PhraseMatch } from '../text/types.ts';
import { inList } from './types.ts';
import type { ConditionView, Exceptions, PhraseHandle, RawHit } from './types.ts';

/**
 * The closing mark of an opening quotation mark, by UTF-16 code (“” 「」 『』 ‘’ "" 《》), or 0. By code: the quote scan
 * below walks the turn up to every hit, and indexing a string yields a fresh one-character string per unit.
 */
function closeOf(u: number): number {
  switch (u) {
    case 0x201c: // “
      return 0x201d;
    case 0x300c: // 「
      return 0x300d;
    case 0x300e: // 『
      return 0x300f;
    case 0x2018: // ‘
      return 0x2019;
    case 0x22: // "
      return 0x22;
    case 0x300a: // 《
      return 0x300b;
    default:
      return 0;
  }
}

/** Per-unit tables for the scans below (they run per hit; a regex test per character was measurable). */
function unitTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}
const IS_SENTENCE_END = unitTable('。！？!?；;\n');
const IS_CLAUSE_END = unitTable('，,。！!；;\n？?');
const IS_QUESTION_MARK = unitTable('？?');
/**
 * Reported speech before the hit in the same sentence: 您说/您刚才说/你是说/您的意思是/您提到/客户说/同事说的…
 * but not 跟你说/我跟您说. Group 1 is the subject, group 2 an adverb, group 3 a 的 after the verb.
 */
const REPORTED =
  /(?<![跟和给对向同])(您|你|客户|他|她|对方|同事|别人|他们)(刚才|刚刚|之前|前面|上次|是|的意思是|一直|也)?(?:说|讲|提到|反映|表示|问)(的)?/gu;

/** What follows 你问 in 你问我我问谁 (a pause, a stutter or a space between the halves). */
const ASKED_BACK = /^我[\s_…~～]*我问谁/u;

const QUOTE_OR_REPORT =
  /[“「『‘"《]|(?:您|你|客户|他|她|对方|同事|别人)[^。！？!?；;\n]{0,5}(?:说|讲|提到|反映|表示|问)/u;

/**
 * Whether reported speech introduces the hit. 你说的这个事 is a relative clause ("the matter you mention"), not a
 * report, so a bare 你说的 introduces nothing (the polite 您说的… is how agents read the customer's words back); and a report covers only its own clause (a comma right after
 * the verb aside): 您刚才说，不归我们管 is reported, 您说的我明白，但是你去找别人 is not.
 */
function reportedBefore(text: string, from: number, start: number): boolean {
  const prefix = text.slice(from, start);
  for (const m of prefix.matchAll(REPORTED)) {
    if (m[3] !== undefined && m[1] === '你' && m[2] === undefined) continue;
    let k = (m.index ?? 0) + m[0].length;
    // 你问我我问谁 (seed 002's 你问我,我问谁 run together, as speech and ASR write it) throws the question back;
    // it reports no question of the customer's.
    if (m[0].endsWith('问') && ASKED_BACK.test(text.slice(from + k))) continue;
    if (k < prefix.length && IS_CLAUSE_END[prefix.charCodeAt(k)] === 1) k++;
    let broken = false;
    for (; k < prefix.length && !broken; k++) broken = IS_CLAUSE_END[prefix.charCodeAt(k)] === 1;
    if (!broken) return true;
  }
  return false;
}

/** A negation right before the hit in its clause: 我不是要投诉, 没有不满意, 我不生气, 我不会去投诉的. */
const NEGATION_BEFORE =
  /(?:不|没|没有|并不|并没有|不是|别|不会|不想|不用|不要|并非)(?:是|要|想|会|打算|准备|再|去|太)?$/u;
/** The agent says what is not said: 我们不会跟您说不知道, 不会让您去找其他客服 (also when the hit begins at 您: 不会让|您找别人), 我不会用一句就是这么规定的来打发您. */
const MENTION_BEFORE =
  /(?:不会|不能|不可能|绝不|决不|从不|从来不|不是说|不该|不应该)[^，,。！？!?；;\n]{0,8}?(?:说|讲|让|用)[^，,。！？!?；;\n]{0,6}$/u;

/**
 * A customer's words are negated by a plain negation before them; the agent's only by the mention form, because
 * 我不是跟你说过了吗 is the violation itself (a rhetorical 不是), not its negation.
 */
export function isNegated(text: string, start: number, agent: boolean): boolean {
  let s = start;
  while (s > 0 && IS_CLAUSE_END[text.charCodeAt(s - 1)] !== 1) s--;
  if (s === start) return false;
  const prefix = text.slice(s, start).trimEnd();
  return (!agent && NEGATION_BEFORE.test(prefix)) || MENTION_BEFORE.test(prefix);
}

export function isQuoted(text: string, start: number, end: number): boolean {
  if (!QUOTE_OR_REPORT.test(text)) return false;
  // The quotation still open at the hit, if any (the code of its closing mark, 0 when none).
  let close = 0;
  let openAt = -1;
  for (let i = 0; i < start; i++) {
    const u = text.charCodeAt(i);
    if (close !== 0) {
      if (u === close) close = 0;
    } else {
      close = closeOf(u);
      if (close !== 0) openAt = i;
    }
  }
  if (close !== 0 && openAt >= 0 && text.indexOf(String.fromCharCode(close), end) !== -1) return true;
  let s = start;
  while (s > 0 && IS_SENTENCE_END[text.charCodeAt(s - 1)] !== 1) s--;
  return reportedBefore(text, s, start);
}

const QUESTION_END = /[吗么嘛][\s\p{P}~_]*$|[？?][\s~_]*$/u;

/** The clause holding the hit asks a question (ends in 吗/么 or a question mark); clauses end at commas too,
 * so 我不知道，你问我我问谁？ is not excused by the rhetorical question after it. */
export function isQuestion(text: string, end: number): boolean {
  let e = end;
  while (e < text.length && IS_CLAUSE_END[text.charCodeAt(e)] !== 1) e++;
  if (e < text.length && IS_QUESTION_MARK[text.charCodeAt(e)] === 1) return true;
  return QUESTION_END.test(text.slice(end, e));
}

/** The hit's words appear in one of the two customer turns before it. */
export function isEcho(view: ConditionView, turn: number, start: number, end: number): boolean {
  const c = view.conversation;
  const said = foldSpoken(c.turns[turn]?.text.slice(start, end) ?? '');
  if (said.length === 0) return false;
  let seen = 0;
  for (let i = turn - 1; i >= 0 && seen < 2; i--) {
    if (c.turns[i]?.role !== 'customer') continue;
    seen++;
    if (view.folded(i).includes(said)) return true;
  }
  return false;
}

function overlapsAny(all: readonly PhraseMatch[], list: PhraseHandle, h: RawHit): boolean {
  for (const m of all) if (inList(list, m) && m.start < h.end && h.start < m.end) return true;
  return false;
}

export function applyExceptions(
  view: ConditionView,
  ex: Exceptions,
  hits: readonly RawHit[],
): readonly RawHit[] {
  if (
    hits.length === 0 ||
    (!ex.quoted &&
      !ex.echo &&
      !ex.question &&
      !ex.negated &&
      ex.overlaps === undefined &&
      ex.turnContains === undefined)
  )
    return hits;
  const { conversation } = view;
  return hits.filter((h) => {
    if (h.start === h.end) return true;
    // Pure predicates, so the order is free: the cheap ones (already scanned phrase lists) go first.
    if (ex.overlaps !== undefined && overlapsAny(view.matches(ex.overlaps, h.turn), ex.overlaps, h))
      return false;
    if (ex.turnContains !== undefined && view.phrases(ex.turnContains, h.turn).length > 0) return false;
    const text = conversation.turns[h.turn]?.text ?? '';
    if (ex.question && isQuestion(text, h.end)) return false;
    if (ex.negated && isNegated(text, h.start, conversation.turns[h.turn]?.role === 'agent')) return false;
    if (ex.quoted && isQuoted(text, h.start, h.end)) return false;
    if (ex.echo && isEcho(view, h.turn, h.start, h.end)) return false;
    return true;
  });
}
