// Automatic case candidates (seed 004 "日常质检工作中应不断收集风险、投诉案例录音"; 优秀、问题及对比录音案例库):
// a fatal or complaint-linked call → 问题 (problem); a top-scored call where the customer thanks the agent → 优秀
// (excellent); the same situation (the conversation's topic) handled well and badly in the period → 对比 (contrast,
// the best and the worst call of that topic). QA accepts or ignores each suggestion; nothing is added by itself.
export interface CandidateInput {
  conversationId: string;
  agentId: string | null;
  topic: string | null;
  total: number;
  fatal: boolean;
  complaintLinked: boolean;
  /** The customer's turns, to find thanks (untrusted text, only searched). */
  customerText: string;
}

export type CandidateKind = 'problem' | 'excellent' | 'contrast';

export interface Candidate {
  kind: CandidateKind;
  conversationIds: string[];
  topic: string | null;
  reason: 'fatal' | 'complaint' | 'top_score_thanks' | 'same_topic_best_worst';
}

const THANKS = /谢谢|感谢|多谢|太好了|辛苦了|麻烦你了|非常满意|thank/i;

export const customerThanks = (text: string): boolean => THANKS.test(text);

export interface CandidateOptions {
  /** A call at or above this total is top-scored. */
  topScore: number;
  /** Best minus worst of one topic at least this far apart to contrast them. */
  contrastGap: number;
  limit: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { topScore: 95, contrastGap: 20, limit: 30 };

export function suggestCandidates(
  xs: readonly CandidateInput[],
  taken: ReadonlySet<string>,
  o: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): Candidate[] {
  const free = xs.filter((x) => !taken.has(x.conversationId));
  const byId = (a: CandidateInput, b: CandidateInput) => (a.conversationId < b.conversationId ? -1 : 1);
  const out: Candidate[] = [];
  for (const x of [...free].sort((a, b) => a.total - b.total || byId(a, b)))
    if (x.fatal || x.complaintLinked)
      out.push({
        kind: 'problem',
        conversationIds: [x.conversationId],
        topic: x.topic,
        reason: x.fatal ? 'fatal' : 'complaint',
      });
  for (const x of [...free].sort((a, b) => b.total - a.total || byId(a, b)))
    if (!x.fatal && x.total >= o.topScore && customerThanks(x.customerText))
      out.push({
        kind: 'excellent',
        conversationIds: [x.conversationId],
        topic: x.topic,
        reason: 'top_score_thanks',
      });
  const topics = new Map<string, CandidateInput[]>();
  for (const x of free) if (x.topic) topics.set(x.topic, [...(topics.get(x.topic) ?? []), x]);
  for (const [topic, list] of [...topics].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const sorted = [...list].sort((a, b) => b.total - a.total || byId(a, b));
    const best = sorted[0];
    const worst = sorted[sorted.length - 1];
    if (best && worst && best !== worst && best.total - worst.total >= o.contrastGap)
      out.push({
        kind: 'contrast',
        conversationIds: [best.conversationId, worst.conversationId],
        topic,
        reason: 'same_topic_best_worst',
      });
  }
  // Interleave kinds so a short list still shows each kind.
  const kinds: CandidateKind[] = ['problem', 'excellent', 'contrast'];
  const queues = kinds.map((k) => out.filter((c) => c.kind === k));
  const mixed: Candidate[] = [];
  while (mixed.length < o.limit && queues.some((q) => q.length > 0))
    for (const q of queues) {
      const c = q.shift();
      if (c && mixed.length < o.limit) mixed.push(c);
    }
  return mixed;
}
