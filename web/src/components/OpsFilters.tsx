// Month + vendor + team filter bar of the operations screens, kept in the URL (?month=&vendorId=&teamId=) so a
// view can be shared and survives reload. The default month is the last complete one (what gets settled).
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import type { Org } from '../api/useOrg.ts';
import { previousMonth } from '../format/money.ts';
import { zonedDate } from '../format/time.ts';
import { useI18n } from '../i18n/i18n.tsx';

export interface OpsFilterValue {
  month: string;
  vendorId: string | undefined;
  teamId: string | undefined;
}

export function useOpsFilters(): [OpsFilterValue, (patch: Partial<OpsFilterValue>) => void] {
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '')
    ? params.get('month')!
    : previousMonth(zonedDate(new Date()).slice(0, 7));
  const value: OpsFilterValue = {
    month,
    vendorId: params.get('vendorId') ?? undefined,
    teamId: params.get('teamId') ?? undefined,
  };
  const set = (patch: Partial<OpsFilterValue>) => {
    const next = { ...value, ...patch };
    const out: Record<string, string> = { month: next.month };
    if (next.vendorId) out['vendorId'] = next.vendorId;
    if (next.teamId) out['teamId'] = next.teamId;
    setParams(out);
  };
  return [value, set];
}

export function OpsFilters({
  value,
  onChange,
  org,
  teams = true,
  month = true,
  extra,
}: {
  value: OpsFilterValue;
  onChange: (patch: Partial<OpsFilterValue>) => void;
  org: Org | undefined;
  teams?: boolean;
  month?: boolean;
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const vendors = org?.vendors ?? [];
  const teamList = (org?.teams ?? []).filter((x) => !value.vendorId || x.vendorId === value.vendorId);
  return (
    <Flex gap={8} wrap align="center">
      {month ? (
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${value.month}-01`)}
          onChange={(d) => d && onChange({ month: d.format('YYYY-MM') })}
          aria-label={t('common.month')}
          data-testid="filter-month"
        />
      ) : null}
      {vendors.length > 0 ? (
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('common.vendorAll')}
          value={value.vendorId}
          onChange={(v: string | undefined) => onChange({ vendorId: v, teamId: undefined })}
          options={vendors.map((v) => ({ value: v.id, label: v.name }))}
        />
      ) : null}
      {teams ? (
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('common.teamAll')}
          value={value.teamId}
          onChange={(v: string | undefined) => onChange({ teamId: v })}
          options={teamList.map((x) => ({ value: x.id, label: x.name }))}
          data-testid="filter-team"
        />
      ) : null}
      {extra}
    </Flex>
  );
}
