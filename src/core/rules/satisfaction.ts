// Predicted customer satisfaction (`signals.satisfaction`, higher = more satisfied, on the −2…2 scale of the
// STC-3 annotators' S): what the customer says, weighted towards how the conversation ends, and what the agent
// does about it. Cues follow the seeds: complaints and threats (seed 004 投诉原因, seed 002 客户投诉), thanks and
// resolution (seed 002 结束通话时, seed 001 与客户共情), apology and soothing (seed 000 投诉处理技巧). Measured by
// `npm run eval` against the STC-3 annotators (docs/rules.md). Pure: a sum of cue counts, then a squash.
import type { Conversation } from '../conversation/schema.ts';
import { compilePhrases } from '../text/index.ts';
import type { PhraseMatcher } from '../text/index.ts';
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
const CUSTOMER_LISTS: readonly (readonly [Cue, readonly string[]])[] = [
  [Cue.Negative, NEGATIVE],
  [Cue.Positive, POSITIVE],
  [Cue.NegatedPositive, NEGATED_POSITIVE],
];
/** What the agent does about it. */
const AGENT_LISTS: readonly (readonly [Cue, readonly string[]])[] = [
  [Cue.Resolved, RESOLVED],
  [Cue.Soothing, SOOTHING],
];

interface Cues {
  readonly matcher: PhraseMatcher;
  /** Cue kind of each phrase of the matcher. */
  readonly kind: readonly Cue[];
}

/**
 * One automaton per side over every cue word that side's turns are read for (compiled once): each turn is scanned
 * once, and an agent turn only by the small automaton of the agent's cues (the customer's words are not looked for
 * there). A normalized-mode match of a word does not depend on the other words of its automaton, so the counts are
 * those of one automaton over all the lists.
 */
function cueMatcher(lists: readonly (readonly [Cue, readonly string[]])[]): Cues {
  const entries: string[] = [];
  const kind: Cue[] = [];
  for (const [k, list] of lists)
    for (const w of list) {
      entries.push(w);
      kind.push(k);
    }
  return { matcher: compilePhrases(entries, { mode: 'normalized' }), kind };
}

let customerCues: Cues | undefined;
let agentCues: Cues | undefined;

/** Number of matches of each cue kind in `text`, into `n` (indexed by {@link Cue}). */
function countCues(cues: Cues, text: string, n: number[]): void {
  n.fill(0);
  const { matcher, kind } = cues;
  for (const m of matcher.findAll(text)) n[kind[m.phrase]!]!++;
}

/** Exclamation marks (punctuation is noise to the phrase matcher, so they are counted here). */
function exclamations(text: string): number {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u === 0x21 || u === 0xff01) k++;
  }
  return k;
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
  customerCues ??= cueMatcher(CUSTOMER_LISTS);
  agentCues ??= cueMatcher(AGENT_LISTS);
  const n = [0, 0, 0, 0, 0];
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.role === 'agent') {
      countCues(agentCues, t.text, n);
      agentTurns++;
      resolved += n[Cue.Resolved]!;
      soothing += n[Cue.Soothing]!;
      continue;
    }
    if (t.role !== 'customer') continue;
    countCues(customerCues, t.text, n);
    // The customer's last words weigh most: how the conversation ends is what the customer remembers.
    const weight = i === lastCustomer ? 2 : 1;
    const negatedPositive = n[Cue.NegatedPositive]!;
    const negative = Math.min(4, n[Cue.Negative]! + negatedPositive);
    const positive = Math.max(0, n[Cue.Positive]! - negatedPositive);
    const exclaim = Math.min(3, exclamations(t.text));
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
