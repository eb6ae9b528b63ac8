// The text of a statement line in the UI's language. The server writes each line's description in Chinese (the
// printed statement and the XLSX export are Chinese documents, seed 002 (二)); the English UI names the line from
// its structured fields instead: its kind, the date and the record it comes from (the agent has its own column).
import type { Locale, Translate } from '../../i18n/i18n.tsx';
import type { StatementLine } from '../../api/ops-types.ts';

export function lineText(l: StatementLine, locale: Locale, t: Translate): string {
  if (locale === 'zh-CN') return l.description;
  const parts = [t(`settlement.kind.${l.kind}` as 'settlement.kind.base-fee')];
  if (l.date) parts.push(l.date);
  if (l.reference)
    parts.push(t('punct.labelValue', { label: t('settlement.line.reference'), value: l.reference }));
  return parts.join(' · ');
}
