// Pick one agent of the caller's scope by name or id (the org's agent list).
import { Select } from 'antd';
import type { Org } from '../api/useOrg.ts';

export function AgentSelect({
  org,
  value,
  onChange,
  placeholder,
  testId,
}: {
  org: Org | undefined;
  /** Injected by a surrounding Form.Item when left out. */
  value?: string | undefined;
  onChange?: (v: string | undefined) => void;
  placeholder?: string;
  testId?: string;
}) {
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      style={{ width: 200 }}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      data-testid={testId}
      options={(org?.agents ?? []).map((a) => ({ value: a.id, label: `${a.name} ${a.id}` }))}
    />
  );
}
