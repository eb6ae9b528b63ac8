// Predicted customer satisfaction (`signals.satisfaction`, higher = more satisfied, on the −2…2 scale of the
// STC-3 annotators' S): what the customer says, weighted towards how the conversation ends, and what the agent
// does about it. Cues follow the seeds: complaints and threats (seed 004 投诉原因, seed 002 客户投诉), thanks and
// resolution (seed 002 结束通话时, seed 001 与客户共情), apology and soothing (seed 000 投诉处理技巧). Measured by
// `npm run eval` against the STC-3 annotators (docs/rules.md). Pure: a sum of cue counts, then a squash.
import type { Conversation } from '../conversation/schema.ts';
import { foldTable16, normalizePhrase, NOISE } from '../text/fold.ts';
import type { Hit } from './result.ts';

/** Unhappy customer words: complaints, threats, waiting, broken promises, sarcasm. */
const NEGATIVE = [
  '投诉',
  '差评',
  '太差',
  '很差',
  '垃圾',
  '坑',
  '骗',
  '欺诈',
  '忽悠',
  '失望',
  '无语',
  '生气',
  '气死',
  '愤怒',
  '恶心',
  '烂',
  '受不了',
  '过分',
  '欺负',
  '什么破',
  '搞什么',
  '到底',
  '凭什么',
  '为什么',
  '怎么回事',
  '还没',
  '一直',
  '至今',
  '仍然',
  '依然',
  '没人',
  '不理',
  '不管',
  '不回',
  '没回',
  '没反应',
  '没有解决',
  '没解决',
  '不解决',
  '解决不了',
  '等了',
  '几天',
  '多久',
  '好几',
  '说法',
  '曝光',
  '消协',
  '12315',
  '工信部',
  '起诉',
  '律师',
  '退钱',
  '退款',
  '赔偿',
  '无奈',
  '郁闷',
  '崩溃',
  '醉了',
  '呵呵',
  '服了',
  '坑爹',
  '滚',
  '妈的',
  '尼玛',
  '草',
  '操',
  'SB',
  '傻',
  '怒',
  '差劲',
  '不行',
  '不能用',
  '用不了',
  '打不开',
  '故障',
  '断网',
  '没信号',
  '扣费',
  '乱扣',
  '扣我',
  '停机',
];
/** Satisfied customer words: thanks, praise, resolution, acknowledgement. */
const POSITIVE = [
  '谢谢',
  '感谢',
  '多谢',
  '谢啦',
  '辛苦',
  '满意',
  '好评',
  '赞',
  '给力',
  '棒',
  '厉害',
  '不错',
  '解决了',
  '好了',
  '可以了',
  '已经好',
  '恢复了',
  '收到',
  '明白了',
  '知道了',
  '清楚了',
  '好的',
  '好滴',
  '嗯嗯',
  '哈哈',
  '嘻嘻',
  '么么',
  '爱你',
  '支持',
  '点赞',
  '靠谱',
  '专业',
  '耐心',
  '贴心',
  '及时',
];
/** Negated positive words are complaints (不满意, 没解决, 不好): they cancel the positive word inside them. */
const NEGATED_POSITIVE = [
  '不满意',
  '不太满意',
  '没好',
  '还没好',
  '不好',
  '不给力',
  '不靠谱',
  '不专业',
  '不及时',
  '不耐心',
];
/** The agent resolves or commits (已为您处理, 已恢复, 马上安排). */
const RESOLVED = [
  '已为您',
  '已经为您',
  '已帮您',
  '已经帮您',
  '已处理',
  '已经处理',
  '已解决',
  '已经解决',
  '已恢复',
  '已经恢复',
  '已安排',
  '已经安排',
  '已退',
  '已补',
  '已到账',
  '马上',
  '尽快',
  '立即',
  '稍后',
  '专人',
];
/** The agent apologises or soothes (seed 000: 我们明白您的困难/造成这样我们非常抱歉). */
const SOOTHING = [
  '抱歉',
  '对不起',
  '不好意思',
  '歉意',
  '理解您',
  '谅解',
  '体谅',
  '别着急',
  '放心',
  '辛苦',
  '不便',
];

const enum Cue {
  Negative,
  Positive,
  NegatedPositive,
  Resolved,
  Soothing,
}
/** What the customer says (their words decide the score). */
export const CUSTOMER_LISTS: readonly (readonly [Cue, readonly string[]])[] = [
  [Cue.Negative, NEGATIVE],
  [Cue.Positive, POSITIVE],
  [Cue.NegatedPositive, NEGATED_POSITIVE],
];
/** What the agent does about it. */
export const AGENT_LISTS: readonly (readonly [Cue, readonly string[]])[] = [
  [Cue.Resolved, RESOLVED],
  [Cue.Soothing, SOOTHING],
];

/**
 * The cue words of one side as a dense automaton that only counts. Scoring needs how many matches of each cue kind
 * a turn has, never where they are; the phrase matcher's findAll built a match object per match, in start order,
 * to be counted and dropped (that scan was ~14% of evaluate). A state's row is its number × `stride`; `delta[row +
 * c]` is the next row on character class c, complemented (negative) when that state ends a cue word, and the
 * row's last column holds the counts of the words ending there, a byte per cue kind in the order of the side's
 * lists. The scan has no branch but that rare one: class 0 (a unit of no cue word) leads to the root, and noise
 * (and exclamation marks, noise too) keeps the state without counting its words again.
 */
interface CueAutomaton {
  readonly delta: Int32Array;
}

/** Where a cue kind's count is in a side's packed counts and tally: its list's position among the side's lists. */
const slot = (lists: readonly (readonly [Cue, readonly string[]])[], cue: Cue): number =>
  lists.findIndex(([k]) => k === cue);
const NEGATIVE_SLOT = slot(CUSTOMER_LISTS, Cue.Negative);
const POSITIVE_SLOT = slot(CUSTOMER_LISTS, Cue.Positive);
const NEGATED_POSITIVE_SLOT = slot(CUSTOMER_LISTS, Cue.NegatedPositive);
const RESOLVED_SLOT = slot(AGENT_LISTS, Cue.Resolved);
const SOOTHING_SLOT = slot(AGENT_LISTS, Cue.Soothing);
/** The tally's slot of the exclamation marks. */
const EXCLAIM_SLOT = 3;

/**
 * Character classes shared by both sides' automata: 1 … `cues` for the folded units of cue words, `cues` + 1 for
 * noise (what the phrase matcher's normalized mode skips: punctuation, spaces), `cues` + 2 for ! and ！ (noise
 * too, and counted), 0 for every other unit. A row has `cues` + 4 columns, the last one its counts.
 */
interface CueTables {
  readonly classOf: Uint8Array;
  readonly stride: number;
  readonly exclaim: number;
  readonly customer: CueAutomaton;
  readonly agent: CueAutomaton;
}

/**
 * Aho–Corasick over a side's cue words, made dense: the matches of the phrase matcher's normalized mode
 * (src/core/text/scan-automaton.ts normalizedScanner: noise keeps the state, a unit of no cue word resets it, each
 * word ending at a unit counts once, a word listed twice twice), so the counts of `compilePhrases(words, { mode:
 * 'normalized' }).findAll` by kind. satisfaction.test.ts compares the two.
 */
function cueAutomaton(
  lists: readonly (readonly [Cue, readonly string[]])[],
  classOfUnit: (unit: number) => number,
  cues: number,
): CueAutomaton {
  // Three kinds at most: countCues reads the third's count as the packed count's upper bits.
  if (lists.length > 3) throw new Error('a side has at most three cue kinds');
  const stride = cues + 4;
  const counts = stride - 1;
  // Trie of the words, states numbered from 0 (the root) in insertion order; `ends[s][kind]` counts the words
  // of that kind ending at s.
  const goto: Map<number, number>[] = [new Map<number, number>()];
  const ends: number[][] = [lists.map(() => 0)];
  lists.forEach(([, words], kind) => {
    for (const w of words) {
      const seq = normalizePhrase(w);
      if (seq.length === 0) continue;
      let s = 0;
      for (let i = 0; i < seq.length; i++) {
        const c = classOfUnit(seq.charCodeAt(i));
        let t = goto[s]!.get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map<number, number>());
          ends.push(lists.map(() => 0));
          goto[s]!.set(c, t);
        }
        s = t;
      }
      ends[s]![kind]!++;
    }
  });
  // Rows breadth first: a state's failure state is shallower, so its row and counts are complete when read.
  // Zero-filled, so class 0 leads every state to the root, and the root keeps itself on noise.
  const delta = new Int32Array(goto.length * stride);
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  for (let c = 1; c <= cues; c++) {
    const t = goto[0]!.get(c) ?? 0;
    delta[c] = t * stride;
    if (t !== 0) queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    const f = fail[s]!;
    const row = s * stride;
    // The words ending here: its own and those ending at its failure state (the longest proper suffix).
    let packed = 0;
    ends[s]!.forEach((n, kind) => {
      ends[s]![kind] = n += ends[f]![kind]!;
      if (n > 0xff) throw new Error('too many cue words end at one state for byte-packed counts');
      packed += n << (8 * kind);
    });
    delta[row + counts] = packed;
    delta[row + cues + 1] = row;
    delta[row + cues + 2] = row;
    for (let c = 1; c <= cues; c++) {
      const t = goto[s]!.get(c);
      if (t === undefined) delta[row + c] = delta[f * stride + c]!;
      else {
        fail[t] = delta[f * stride + c]! / stride;
        delta[row + c] = t * stride;
        queue.push(t);
      }
    }
  }
  // Flag the transitions on a cue class into a state that ends words (noise loops stay unflagged: no recount).
  for (let i = 0; i < delta.length; i++) {
    const c = i % stride;
    if (c >= 1 && c <= cues && delta[delta[i]! + counts]! !== 0) delta[i] = ~delta[i]!;
  }
  return { delta };
}

let tables: CueTables | undefined;

function cueTables(): CueTables {
  if (tables !== undefined) return tables;
  const classOfKey = new Map<number, number>();
  for (const [, words] of [...CUSTOMER_LISTS, ...AGENT_LISTS])
    for (const w of words) {
      const seq = normalizePhrase(w);
      for (let i = 0; i < seq.length; i++)
        if (!classOfKey.has(seq.charCodeAt(i))) classOfKey.set(seq.charCodeAt(i), classOfKey.size + 1);
    }
  const cues = classOfKey.size;
  const noise = cues + 1;
  const exclaim = cues + 2;
  if (exclaim > 0xff) throw new Error('too many distinct cue characters for byte classes');
  // As the phrase matcher's alphabet (src/core/text/alphabet.ts): a unit's class is that of its folded unit.
  const fold = foldTable16();
  const classOf = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    const f = fold[u]!;
    classOf[u] = f === NOISE ? noise : (classOfKey.get(f) ?? 0);
  }
  for (const u of [0x21, 0xff01]) {
    // Counted as noise that keeps the state: right only while folding makes them noise (\p{P}, it does).
    if (classOf[u] !== noise) throw new Error('exclamation marks must be noise to normalized matching');
    classOf[u] = exclaim;
  }
  const classOfUnit = (unit: number): number => classOfKey.get(unit) ?? 0;
  tables = {
    classOf,
    stride: cues + 4,
    exclaim,
    customer: cueAutomaton(CUSTOMER_LISTS, classOfUnit, cues),
    agent: cueAutomaton(AGENT_LISTS, classOfUnit, cues),
  };
  return tables;
}

/** Per-turn tally of {@link countCues}: matches per cue kind (by the side's list order), then exclamation marks. */
const tally = new Int32Array(4);

/** Counts the matches of each of the side's cue kinds in `text`, and its exclamation marks, into {@link tally}. */
function countCues(t: CueTables, cues: CueAutomaton, text: string): void {
  const { classOf, exclaim: exclaimClass } = t;
  const { delta } = cues;
  const counts = t.stride - 1;
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let exclaim = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = classOf[text.charCodeAt(i)]!;
    exclaim += c === exclaimClass ? 1 : 0;
    s = delta[s + c]!;
    if (s < 0) {
      s = ~s;
      const n = delta[s + counts]!;
      k0 += n & 0xff;
      k1 += (n >>> 8) & 0xff;
      k2 += n >>> 16;
    }
  }
  tally[0] = k0;
  tally[1] = k1;
  tally[2] = k2;
  tally[EXCLAIM_SLOT] = exclaim;
}

/**
 * The cue counts of one turn of `role`, by the side's list order, and its exclamation marks (for tests: the scan
 * predictSatisfaction runs).
 */
export function cueCounts(role: 'customer' | 'agent', text: string): { kinds: number[]; exclaim: number } {
  const t = cueTables();
  const lists = role === 'customer' ? CUSTOMER_LISTS : AGENT_LISTS;
  countCues(t, role === 'customer' ? t.customer : t.agent, text);
  return { kinds: lists.map((_, k) => tally[k]!), exclaim: tally[EXCLAIM_SLOT]! };
}

/**
 * Satisfaction from −2 (very unhappy) to 2 (very satisfied), rounded to 0.01. Deducting hits of the agent's
 * manner (violations, insults, no empathy) lower it: a careful inspector expects them to.
 */
export function predictSatisfaction(conversation: Conversation, hits: readonly Hit[]): number {
  const turns = conversation.turns;
  let lastCustomer = -1;
  for (let i = turns.length - 1; i >= 0 && lastCustomer < 0; i--)
    if (turns[i]?.role === 'customer') lastCustomer = i;
  let score = 0;
  let agentTurns = 0;
  let resolved = 0;
  let soothing = 0;
  const t = cueTables();
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.role === 'agent') {
      countCues(t, t.agent, turn.text);
      agentTurns++;
      resolved += tally[RESOLVED_SLOT]!;
      soothing += tally[SOOTHING_SLOT]!;
      continue;
    }
    if (turn.role !== 'customer') continue;
    countCues(t, t.customer, turn.text);
    // The customer's last words weigh most: how the conversation ends is what the customer remembers.
    const weight = i === lastCustomer ? 2 : 1;
    const negatedPositive = tally[NEGATED_POSITIVE_SLOT]!;
    const negative = Math.min(4, tally[NEGATIVE_SLOT]! + negatedPositive);
    const positive = Math.max(0, tally[POSITIVE_SLOT]! - negatedPositive);
    const exclaim = Math.min(3, tally[EXCLAIM_SLOT]!);
    score += weight * (1.2 * Math.min(3, positive) - negative - 0.3 * exclaim);
  }
  if (agentTurns === 0) score -= 1.5;
  score += 0.4 * Math.min(3, resolved) + 0.3 * Math.min(2, soothing);
  // The customer had the last word and it was not a thank-you: the issue is often still open.
  if (lastCustomer === turns.length - 1 && lastCustomer >= 0) score -= 0.5;
  for (const h of hits)
    if (h.deduction > 0 && (h.rule === 'insult' || h.rule === 'forbidden-phrase' || h.rule === 'shirking'))
      score -= 1;
  return Math.round(200 * Math.tanh(score / 4)) / 100;
}
