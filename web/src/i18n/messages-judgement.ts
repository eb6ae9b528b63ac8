// UI strings of the learned layer: hits a model found below its rule's threshold (suggested, no deduction) and
// the model's confidence on every hit it found (docs/rules.md "Learned intents").
export const judgementZhCN = {
  'learned.suggested': '模型建议·待复核',
  'learned.suggestedHint': '意图模型发现、置信度低于本规则的扣分阈值：不扣分，请复核时判断',
  'learned.confidence': '置信度 {value}',
} as const;

export type L11Key = keyof typeof judgementZhCN;

export const judgementEnUS: Record<L11Key, string> = {
  'learned.suggested': 'Model suggestion · review',
  'learned.suggestedHint':
    "Found by an intent model below this rule's deduction threshold: no deduction, judge it in review",
  'learned.confidence': 'confidence {value}',
};
