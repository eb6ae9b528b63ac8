// Strings of the background impact preview (web/src/pages/rules/ImpactPreview.tsx).
export const previewZhCN = {
  'packs.previewProgress': '已比较 {done} / {total} 通',
  'packs.previewRunHint':
    '在后台比较该时段的会话：已发布版本直接读取已保存的结果，只评估新版本；只做比较，不保存任何结果。',
};

export const previewEnUS: Record<keyof typeof previewZhCN, string> = {
  'packs.previewProgress': '{done} / {total} conversations compared',
  'packs.previewRunHint':
    'Compares the period in the background: the published version’s stored results are read, only the new version is evaluated; no result is stored.',
};
