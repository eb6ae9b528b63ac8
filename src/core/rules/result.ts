// The result of checking one conversation: the `zhijian check` contract of docs/product.md (fields may be added,
// never renamed): `text === turns[turn].text.slice(start, end)`.
import type { FieldError, Role } from '../conversation/schema.ts';
import type { CategoryId, CategoryScores, MachineTally, ScorePart } from '../scoring/types.ts';
import type { HitMessageId } from './hit-messages.ts';

export interface Hit {
  readonly rule: string;
  readonly category: CategoryId;
  /** 0-based index into `turns`. */
  readonly turn: number;
  /** UTF-16 offsets into the turn's original text; equal for an absence (a greeting that was never said). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Points this hit costs (0 for flags and for further hits of a once-per-conversation rule). */
  readonly deduction: number;
  readonly suggestion?: string;
  readonly item?: string;
  readonly role?: Role;
  readonly message?: string;
  /** Stable id of an operator's `message`, and the values in it, for saying it in other languages. */
  readonly messageId?: HitMessageId;
  readonly messageValues?: Readonly<Record<string, string>>;
  readonly atMs?: number;
  readonly durationMs?: number;
  /** A model's confidence in this hit, 0 … 1 (rules written as lists and patterns give none). */
  readonly confidence?: number;
  /** Found below the rule's confidence threshold: shown for review, no deduction. */
  readonly suggested?: boolean;
  /** Why a hit is only suggested: `low-asr-confidence` = its evidence lies where speech-to-text was unsure. */
  readonly review?: 'low-asr-confidence';
}

export interface CheckResult {
  readonly id: string;
  /** The final score: the machine's until a reviewer judges manual items. */
  readonly score: { readonly total: number; readonly categories: CategoryScores };
  readonly fatal: boolean;
  readonly hits: readonly Hit[];
  readonly errors: readonly FieldError[];
  readonly pack: { readonly id: string; readonly version: string };
  /** The machine part alone, kept apart from reviewer judgements. */
  readonly machine: ScorePart;
  /** Manual scorecard items awaiting a reviewer (full marks until judged). */
  readonly pending: readonly string[];
  /** Rules that could not apply (e.g. timing rules on a chat without times, no hang-up event). */
  readonly notApplicable: readonly string[];
  /** Per-item machine tallies, to re-score with reviewer judgements without re-running the rules. */
  readonly tallies: readonly MachineTally[];
  /** Signals about the conversation beyond the scorecard (docs/product.md: `"signals": {"satisfaction": n}`). */
  readonly signals: Signals;
}

export interface Signals {
  /** Predicted customer satisfaction, −2 … 2, higher = more satisfied (./satisfaction.ts). */
  readonly satisfaction: number;
}
