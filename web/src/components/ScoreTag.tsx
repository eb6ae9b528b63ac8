// A QA score as a coloured tag: the colour bands follow the usual 100-point QA table reading
// (≥ 90 good, ≥ 80 acceptable, ≥ 60 needs coaching, below 60 failing; fatal errors are always red).
import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n.tsx';

export function scoreColor(score: number): string {
  if (score >= 90) return 'success';
  if (score >= 80) return 'processing';
  if (score >= 60) return 'warning';
  return 'error';
}

export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

export function ScoreTag({ score, fatal }: { score: number | null; fatal?: boolean | null }) {
  const { t } = useI18n();
  if (score === null) return <Tag>{t('conversations.notScored')}</Tag>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag
        color={fatal ? 'error' : scoreColor(score)}
        style={{ minWidth: 44, textAlign: 'center', marginInlineEnd: 4 }}
      >
        {formatScore(score)}
      </Tag>
      {fatal ? <Tag color="red">{t('conversations.fatal')}</Tag> : null}
    </span>
  );
}
