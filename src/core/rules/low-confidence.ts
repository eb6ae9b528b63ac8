// Speech-to-text is sometimes unsure of what it heard (noise, cross-talk, dialect): a forbidden phrase "heard" there
// may never have been said. Turns carry the stretches the engine was unsure of in `meta.lowConfidence` (set by the
// STT pipeline, src/core/stt/segments.ts, or by an importer of the customer's ASR); a hit whose evidence lies in such a
// stretch is sent to review (`suggested`, no deduction) instead of costing the agent points (docs/stt.md).
import type { Conversation } from '../conversation/schema.ts';
import { lowConfidenceStretches } from '../stt/segments.ts';

/** True when the hit's evidence (a non-empty span of the turn) overlaps a low-confidence stretch of that turn. */
export function inLowConfidence(
  conversation: Conversation,
  turn: number,
  start: number,
  end: number,
): boolean {
  if (end <= start) return false; // an absence (a greeting never said) has no evidence in the audio to doubt
  const meta = conversation.turns[turn]?.meta;
  if (meta === undefined) return false;
  for (const [s, e] of lowConfidenceStretches(meta)) if (start < e && s < end) return true;
  return false;
}
