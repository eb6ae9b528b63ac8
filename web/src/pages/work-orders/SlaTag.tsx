// The SLA state of an order as a coloured tag (seed 004 有訴必復: on time, due soon, late), and a due time with
// its lateness, shown in the contact center's zone.
import { Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Duration, SlaState } from './types.ts';
import { SLA_COLOR } from './types.ts';

export function SlaTag({ state }: { state: SlaState }) {
  const { t } = useI18n();
  return (
    <Tag color={SLA_COLOR[state]} data-testid="wo-sla" data-state={state}>
      {t(`wo.sla.${state}`)}
    </Tag>
  );
}

export function DueTime({ at, late, done }: { at: string | null; late: boolean; done: boolean }) {
  const { t } = useI18n();
  if (!at)
    return <Typography.Text type="secondary">{done ? t('common.none') : t('wo.unknownDue')}</Typography.Text>;
  return (
    <Space size={4}>
      <Typography.Text type={late ? 'danger' : done ? 'secondary' : undefined}>
        {formatDateTime(at)}
      </Typography.Text>
      {late ? <Tag color="error">{t('wo.late')}</Tag> : null}
    </Space>
  );
}

export function useDurationText(): (d: Duration) => string {
  const { t } = useI18n();
  return (d) => {
    if ('workingDays' in d) return t('wo.duration.workingDays', { n: d.workingDays });
    if ('workingHours' in d) return t('wo.duration.workingHours', { n: d.workingHours });
    return t('wo.duration.hours', { n: d.hours });
  };
}
