// The engine's hit messages by their stable id (src/core/rules/hit-messages.ts, docs/rules.md "Operators"): the
// hit's English `message` is the check contract's; screens say it in the reader's language from here.
export const hitsZhCN = {
  'hit.message.repetition.said': '重复说了 {times} 次',
  'hit.message.silence.silent': '静默 {seconds} 秒',
  'hit.message.interruption.overlap': '抢话，与客户重叠 {ms} 毫秒',
  'hit.message.speech-rate.cpm': '语速每分钟 {cpm} 字',
  'hit.message.duration.call': '通话时长 {seconds} 秒',
  'hit.message.duration.hold': '保持（静音等待）{seconds} 秒',
  'hit.message.hold-thanks.missing': '保持后未感谢客户耐心等待',
  'hit.message.agent-hangup.before-speech': '双方未开口，坐席先挂机',
  'hit.message.agent-hangup.not-allowed': '坐席先挂机，且不属于挂机规范允许的情形',
  'hit.message.turn-meta.value': '{field} 为 {value}',
} as const;

export type HitMessageKey = keyof typeof hitsZhCN;

export const hitsEnUS: Record<HitMessageKey, string> = {
  'hit.message.repetition.said': 'said {times} times',
  'hit.message.silence.silent': 'silent {seconds} s',
  'hit.message.interruption.overlap': 'overlaps the customer by {ms} ms',
  'hit.message.speech-rate.cpm': '{cpm} characters per minute',
  'hit.message.duration.call': 'call lasted {seconds} s',
  'hit.message.duration.hold': 'hold lasted {seconds} s',
  'hit.message.hold-thanks.missing': 'no thanks after hold',
  'hit.message.agent-hangup.before-speech': 'agent hung up before anyone spoke',
  'hit.message.agent-hangup.not-allowed': 'agent hung up first without a reason the hang-up norms allow',
  'hit.message.turn-meta.value': '{field} {value}',
};
