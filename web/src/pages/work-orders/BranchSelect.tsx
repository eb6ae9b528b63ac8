// Pick a branch or department (the one a back-office account is bound to, seed 004 後臺業務處理): loads the list
// the caller may read (GET /api/branches), grouped by kind.
import { Select } from 'antd';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function BranchSelect({
  value,
  onChange,
  ...rest
}: {
  value?: string;
  onChange?: (v: string) => void;
  'data-testid'?: string;
}) {
  const { t } = useI18n();
  const branches = useApi('branches', (signal) => call('get', '/api/branches', { signal }));
  const items = branches.data?.items ?? [];
  return (
    <Select
      {...rest}
      showSearch={{ optionFilterProp: 'label' }}
      loading={branches.state === 'loading'}
      value={value}
      onChange={onChange}
      options={(['branch', 'department'] as const)
        .map((kind) => ({
          label: t(`wo.kind.${kind}`),
          title: kind,
          options: items.filter((b) => b.kind === kind).map((b) => ({ value: b.id, label: b.name })),
        }))
        .filter((g) => g.options.length > 0)}
    />
  );
}
