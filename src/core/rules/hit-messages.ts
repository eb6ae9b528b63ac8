// The messages operators put on hits, each with a stable id and its values, so that a screen can say them in the
// reader's language (web/src/i18n: `hit.message.<id>`) while `message` keeps the English text of the check
// contract (docs/product.md "zhijian check"). An id never changes meaning; a new wording is a new id.
// Values are the strings the English text shows (already rounded), so every language shows the same figure.

export const HIT_MESSAGES = {
  'repetition.said': 'said {times} times',
  'silence.silent': 'silent {seconds} s',
  'interruption.overlap': 'overlaps the customer by {ms} ms',
  'speech-rate.cpm': '{cpm} characters per minute',
  'duration.call': 'call lasted {seconds} s',
  'duration.hold': 'hold lasted {seconds} s',
  'hold-thanks.missing': 'no thanks after hold',
  'agent-hangup.before-speech': 'agent hung up before anyone spoke',
  'agent-hangup.not-allowed': 'agent hung up first without a reason the hang-up norms allow',
  'turn-meta.value': '{field} {value}',
} as const;

export type HitMessageId = keyof typeof HIT_MESSAGES;

export interface HitMessage {
  readonly message: string;
  readonly messageId: HitMessageId;
  readonly messageValues?: Readonly<Record<string, string>>;
}

/** The English text of message `id` with `values` filled in. */
export function formatHitMessage(id: HitMessageId, values: Readonly<Record<string, string>> = {}): string {
  return HIT_MESSAGES[id].replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? `{${k}}`);
}

/** The fields a hit carries for message `id`: the English `message`, the id and its values. */
export function hitMessage(id: HitMessageId, values?: Readonly<Record<string, string | number>>): HitMessage {
  if (values === undefined) return { message: HIT_MESSAGES[id], messageId: id };
  const strings: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) strings[k] = String(v);
  return { message: formatHitMessage(id, strings), messageId: id, messageValues: strings };
}
