// Strings of service operations (work orders, branches, SLA, complaint causes): Simplified Chinese first, English
// typed against it so a missing translation does not compile.
export const l14ZhCN = {
  'role.back_office': '后台/分行处理人',
  'role.expert_seat': '专家座席',
} as const;

export const l14EnUS: Record<keyof typeof l14ZhCN, string> = {
  'role.back_office': 'Back office / branch',
  'role.expert_seat': 'Expert seat',
};
