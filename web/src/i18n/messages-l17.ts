// Coaching screens (seeds 001, 004): case libraries, training, stage analysis, the suggestion box and reports.
export const l17ZhCN = {
  'settlement.kind.idea-reward': '金点子奖励',
};

export const l17EnUS: Record<keyof typeof l17ZhCN, string> = {
  'settlement.kind.idea-reward': 'Suggestion rewards',
};
