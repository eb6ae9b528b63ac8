// Live-vs-final: what the streaming check said during the call beside what the full scoring said after it. A live
// hit the final result also has is confirmed; one it lacks was withdrawn (the full pack's context, e.g. a later
// reading of the sentence, cancelled it); a final hit the call never raised came from rules that decide only at
// the end (docs/rules.md "Live calls") or from the full pack's wider context.
export interface SpanRef {
  readonly rule: string;
  readonly turn: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface LiveFinalDiff<T extends SpanRef> {
  readonly confirmed: T[];
  readonly withdrawn: T[];
  readonly finalOnly: SpanRef[];
}

const key = (h: SpanRef): string => `${h.rule}:${h.turn}:${h.start}:${h.end}`;

export function diffLiveFinal<T extends SpanRef>(
  live: readonly T[],
  final: readonly SpanRef[],
): LiveFinalDiff<T> {
  const finalKeys = new Set(final.map(key));
  const liveKeys = new Set(live.map(key));
  return {
    confirmed: live.filter((h) => finalKeys.has(key(h))),
    withdrawn: live.filter((h) => !finalKeys.has(key(h))),
    finalOnly: final
      .filter((h) => !liveKeys.has(key(h)))
      .map(({ rule, turn, start, end, text }) => ({ rule, turn, start, end, text })),
  };
}
