// Call-centre counts of one agent for a day or a month, and their consistency rules. The importer checks
// every daily row with `checkCallCounts`; `computeAgentKpi` refuses counts that break them.
import type { FieldError } from '../conversation/schema.ts';

export interface CallCounts {
  /** Calls offered to the agent's queue. */
  offered: number;
  answered: number;
  /** Answered within 20 seconds (seed 002 (五)1 "坐席的20s的接听率"). */
  answeredWithin20s: number;
  /** Abandoned by the caller while queuing; excluded from the answer-rate denominator (seed 002 "排除因素"). */
  abandonedInQueue: number;
  /** Surveys taken (参评量), including those the caller abandoned. */
  rated: number;
  satisfied: number;
  /** Surveys abandoned part-way (放弃量), excluded from the satisfaction denominator. */
  ratingAbandoned: number;
}

export const COUNT_FIELDS = [
  'offered',
  'answered',
  'answeredWithin20s',
  'abandonedInQueue',
  'rated',
  'satisfied',
  'ratingAbandoned',
] as const satisfies readonly (keyof CallCounts)[];

export const ZERO_COUNTS: Readonly<CallCounts> = Object.freeze({
  offered: 0,
  answered: 0,
  answeredWithin20s: 0,
  abandonedInQueue: 0,
  rated: 0,
  satisfied: 0,
  ratingAbandoned: 0,
});

/**
 * Every broken rule, reported on `line` against the field `fieldName` gives it (importers pass their column
 * names). Survey counts are not compared with answered calls: surveys can close after midnight.
 */
export function checkCallCounts(
  c: CallCounts,
  line = 0,
  fieldName: (f: keyof CallCounts) => string = (f) => f,
): FieldError[] {
  const errors: FieldError[] = [];
  const err = (f: keyof CallCounts, message: string) => errors.push({ line, field: fieldName(f), message });
  let allWhole = true;
  for (const f of COUNT_FIELDS) {
    const v = c[f];
    if (!Number.isSafeInteger(v)) {
      err(f, `must be a whole number, got ${v}`);
      allWhole = false;
    } else if (v < 0) {
      err(f, `must not be negative, got ${v}`);
      allWhole = false;
    }
  }
  if (!allWhole) return errors;
  // answered > offered already implies the next rule; report only the first broken one.
  if (c.answered > c.offered) err('answered', `answered (${c.answered}) exceeds offered (${c.offered})`);
  else if (c.answered + c.abandonedInQueue > c.offered)
    err(
      'abandonedInQueue',
      `answered (${c.answered}) + abandoned in queue (${c.abandonedInQueue}) exceeds offered (${c.offered})`,
    );
  if (c.answeredWithin20s > c.answered)
    err(
      'answeredWithin20s',
      `answered within 20 s (${c.answeredWithin20s}) exceeds answered (${c.answered})`,
    );
  if (c.ratingAbandoned > c.rated)
    err('ratingAbandoned', `abandoned ratings (${c.ratingAbandoned}) exceed rated (${c.rated})`);
  if (c.satisfied > c.rated - c.ratingAbandoned)
    err(
      'satisfied',
      `satisfied (${c.satisfied}) exceeds rated − abandoned ratings (${c.rated - c.ratingAbandoned})`,
    );
  return errors;
}

export function addCounts(a: CallCounts, b: CallCounts): CallCounts {
  return {
    offered: a.offered + b.offered,
    answered: a.answered + b.answered,
    answeredWithin20s: a.answeredWithin20s + b.answeredWithin20s,
    abandonedInQueue: a.abandonedInQueue + b.abandonedInQueue,
    rated: a.rated + b.rated,
    satisfied: a.satisfied + b.satisfied,
    ratingAbandoned: a.ratingAbandoned + b.ratingAbandoned,
  };
}
