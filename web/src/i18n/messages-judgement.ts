// UI strings of the learned layer: hits a model found below its rule's threshold (suggested, no deduction) and
// the model's confidence on every hit it found (docs/rules.md "Learned intents").
export const judgementZhCN = {
  'learned.suggested': '模型建议·待复核',
  'learned.suggestedHint': '意图模型发现、置信度低于本规则的扣分阈值：不扣分，请复核时判断',
  'learned.confidence': '置信度 {value}',
  'rules.tab.precision': '规则准确率',
  'precision.period': '复核完成日期',
  'precision.intro': '按规则统计复核员确认的命中比例，以及申诉改判后的比例；模型建议的命中单独统计。',
  'precision.col.rule': '规则',
  'precision.col.reviewed': '已复核命中',
  'precision.col.precision': '确认率',
  'precision.col.appeals': '申诉（改判/总数）',
  'precision.col.afterAppeals': '申诉后确认率',
  'precision.col.suggested': '模型建议确认率',
  'precision.col.advice': '建议',
  'precision.confirmedOf': '确认 {confirmed} / 复核 {reviewed}',
  'precision.appeals': '{upheld} / {appeals}',
  'precision.suggestedHint':
    '意图模型置信度低于扣分阈值（deductAt）的命中只作建议、不扣分；复核员确认它们的比例决定能否让它们扣分。',
  'precision.advice.collect-more': '样本不足',
  'precision.advice.may-deduct': '可以扣分',
  'precision.advice.keep-suggesting': '继续仅建议',
  'precision.advice.tune': '需调整词表',
  'precision.adviceHint.collect-more': '已复核命中少于 20 条，确认率说明不了什么，继续复核。',
  'precision.adviceHint.may-deduct':
    '模型建议被确认的比例已达 80%：可以在规则包中调低该规则的 deductAt，让这些命中直接扣分。',
  'precision.adviceHint.keep-suggesting': '模型建议被确认的比例低于 80%：保持仅建议，不要让它扣分。',
  'precision.adviceHint.tune': '扣分命中被确认的比例低于 80%：先调整词表或例外，再信任它的扣分。',
  'precision.mayDeductBanner':
    '有规则的模型建议已被复核员充分确认，可以考虑在规则包中调低其 deductAt（见“建议”列）。',
  'precision.empty': '所选期间没有完成的复核',
} as const;

export type L11Key = keyof typeof judgementZhCN;

export const judgementEnUS: Record<L11Key, string> = {
  'learned.suggested': 'Model suggestion · review',
  'learned.suggestedHint':
    "Found by an intent model below this rule's deduction threshold: no deduction, judge it in review",
  'learned.confidence': 'confidence {value}',
  'rules.tab.precision': 'Rule precision',
  'precision.period': 'Reviews finalized',
  'precision.intro':
    'Per rule, the share of hits reviewers confirmed and the share left after appeals; model suggestions are counted apart.',
  'precision.col.rule': 'Rule',
  'precision.col.reviewed': 'Hits reviewed',
  'precision.col.precision': 'Confirmed',
  'precision.col.appeals': 'Appeals (upheld / all)',
  'precision.col.afterAppeals': 'Confirmed after appeals',
  'precision.col.suggested': 'Model suggestions confirmed',
  'precision.col.advice': 'Advice',
  'precision.confirmedOf': '{confirmed} confirmed of {reviewed} reviewed',
  'precision.appeals': '{upheld} / {appeals}',
  'precision.suggestedHint':
    "Hits an intent model scored below the rule's deduction threshold (deductAt) are suggestions with no deduction; the share reviewers confirm decides whether they may deduct.",
  'precision.advice.collect-more': 'Too few reviews',
  'precision.advice.may-deduct': 'May deduct',
  'precision.advice.keep-suggesting': 'Keep suggesting',
  'precision.advice.tune': 'Tune its lists',
  'precision.adviceHint.collect-more':
    'Fewer than 20 hits reviewed: the share says little yet, keep reviewing.',
  'precision.adviceHint.may-deduct':
    "At least 80% of the model's suggestions were confirmed: lowering the rule's deductAt in the pack would let them deduct.",
  'precision.adviceHint.keep-suggesting':
    "Fewer than 80% of the model's suggestions were confirmed: keep them as suggestions.",
  'precision.adviceHint.tune':
    'Fewer than 80% of its deducting hits were confirmed: tune its lists or exceptions before trusting its deductions.',
  'precision.mayDeductBanner':
    "Reviewers have confirmed enough of some rules' model suggestions: consider lowering their deductAt in the pack (see Advice).",
  'precision.empty': 'No reviews finalized in this period',
};
