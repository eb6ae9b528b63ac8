// Period and team filters of the overview: the same URL parameters as the conversation list, so every chart
// can link to "these conversations" with the filters it was drawn for.
import { useMemo } from 'react';
import { Button, Card, DatePicker, Flex, Select } from 'antd';
import type { TimeRangePickerProps } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { Agent } from '../../api/types.ts';
import { zonedDate } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

interface Props {
  from: string;
  to: string;
  teamId: string | undefined;
  agents: readonly Agent[];
  onChange: (patch: { from?: string; to?: string; teamId?: string | undefined }) => void;
  onReset: () => void;
}

export function PeriodTeamBar({ from, to, teamId, agents, onChange, onReset }: Props) {
  const { t } = useI18n();
  const presets = useMemo<TimeRangePickerProps['presets']>(() => {
    const today = dayjs(zonedDate(new Date()));
    return [
      { label: t('conversations.preset.today'), value: [today, today] },
      { label: t('conversations.preset.7d'), value: [today.subtract(6, 'day'), today] },
      { label: t('conversations.preset.30d'), value: [today.subtract(29, 'day'), today] },
      { label: t('conversations.preset.month'), value: [today.startOf('month'), today] },
    ];
  }, [t]);
  const teams = useMemo(() => {
    const byId = new Map<string, string>();
    for (const a of agents) if (a.teamId) byId.set(a.teamId, a.teamName ?? a.teamId);
    return [...byId]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }, [agents]);
  const range: [Dayjs, Dayjs] = [dayjs(from), dayjs(to)];

  return (
    <Card size="small" styles={{ body: { padding: 12 } }}>
      <Flex wrap gap={12} align="center">
        <DatePicker.RangePicker
          value={range}
          presets={presets}
          allowClear={false}
          style={{ width: 236 }}
          aria-label={t('conversations.filters.range')}
          onChange={(v) => {
            const [a, b] = v ?? [];
            if (a && b) onChange({ from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
          }}
        />
        {teams.length > 1 ? (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('conversations.filters.teamAll')}
            style={{ width: 150 }}
            value={teamId ?? null}
            options={teams}
            onChange={(v: string | null | undefined) => onChange({ teamId: v ?? undefined })}
            data-testid="overview-team"
          />
        ) : null}
        <Button icon={<ReloadOutlined />} onClick={onReset}>
          {t('common.reset')}
        </Button>
      </Flex>
    </Card>
  );
}
