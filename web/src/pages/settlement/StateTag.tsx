// The state of a settlement statement (draft → confirmed by the vendor manager → approved by the client).
import { Tag } from 'antd';
import type { StatementState } from '../../api/ops-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const COLOR: Record<StatementState, string> = {
  draft: 'default',
  confirmed: 'processing',
  approved: 'success',
};

export function StateTag({ state }: { state: StatementState }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOR[state]} data-testid="settlement-state">
      {t(`settlement.state.${state}`)}
    </Tag>
  );
}
