// Filters of the conversation list: period (with presets in the contact center's calendar), team, agent,
// text search and score range. Every change goes to the URL and back to page 1; reset returns to the
// default period (the last 30 days).
import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Flex, Input, InputNumber, Select, Space, Tag } from 'antd';
import type { TimeRangePickerProps } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { Agent } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { zonedDate } from '../../format/time.ts';
import { REVIEW_STATES, type ConversationFilters } from './filters.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';

type Patch = Partial<Omit<ConversationFilters, 'page' | 'pageSize'>>;

interface Props {
  filters: ConversationFilters;
  agents: readonly Agent[];
  onChange: (patch: Patch) => void;
  onReset: () => void;
}

export function FiltersBar({ filters, agents, onChange, onReset }: Props) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const [q, setQ] = useState(filters.q ?? '');
  const [id, setId] = useState(filters.id ?? '');
  const [caller, setCaller] = useState(filters.caller ?? '');
  const [idFor, setIdFor] = useState([filters.id, filters.caller]);
  if (idFor[0] !== filters.id || idFor[1] !== filters.caller) {
    setIdFor([filters.id, filters.caller]);
    setId(filters.id ?? '');
    setCaller(filters.caller ?? '');
  }
  const [qFor, setQFor] = useState(filters.q);
  if (qFor !== filters.q) {
    // the URL changed under us (reset, back button): show its search text
    setQFor(filters.q);
    setQ(filters.q ?? '');
  }

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

  const agentOptions = useMemo(
    () =>
      agents
        .filter((a) => !filters.teamId || a.teamId === filters.teamId)
        .map((a) => ({ value: a.id, label: t('punct.nameWithId', { name: a.name, id: a.id }) })),
    [agents, filters.teamId, t],
  );

  const range: [Dayjs, Dayjs] = [dayjs(filters.from), dayjs(filters.to)];

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
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('conversations.filters.teamAll')}
          style={{ width: 130 }}
          value={filters.teamId ?? null}
          options={teams}
          onChange={(v: string | null | undefined) =>
            onChange({ teamId: v ?? undefined, agentId: undefined })
          }
          data-testid="filter-team"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('conversations.filters.agentAll')}
          style={{ width: 170 }}
          value={filters.agentId ?? null}
          options={agentOptions}
          onChange={(v: string | null | undefined) => onChange({ agentId: v ?? undefined })}
          data-testid="filter-agent"
        />
        <Input.Search
          allowClear
          placeholder={t('conversations.filters.q')}
          style={{ width: 210 }}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => onChange({ q: v.trim() || undefined })}
          data-testid="filter-q"
        />
        <Select
          allowClear
          placeholder={t('lists.filters.channelAll')}
          style={{ width: 120 }}
          value={filters.channel ?? null}
          options={[
            { value: 'voice', label: t('channel.voice') },
            { value: 'chat', label: t('channel.chat') },
          ]}
          onChange={(v: 'voice' | 'chat' | null | undefined) => onChange({ channel: v ?? undefined })}
          data-testid="filter-channel"
        />
        <Select
          allowClear
          placeholder={t('lists.filters.reviewAll')}
          style={{ width: 140 }}
          value={filters.reviewState ?? null}
          options={REVIEW_STATES.map((s) => ({ value: s, label: t(`lists.reviewState.${s}`) }))}
          onChange={(v: (typeof REVIEW_STATES)[number] | null | undefined) =>
            onChange({ reviewState: v ?? undefined })
          }
          data-testid="filter-review-state"
        />
        <Input.Search
          allowClear
          placeholder={t('lists.filters.id')}
          style={{ width: 160 }}
          value={id}
          onChange={(e) => setId(e.target.value)}
          onSearch={(v) => onChange({ id: v.trim() || undefined })}
          data-testid="filter-id"
        />
        <Input.Search
          allowClear
          placeholder={t('lists.filters.caller')}
          style={{ width: 160 }}
          value={caller}
          onChange={(e) => setCaller(e.target.value)}
          onSearch={(v) => onChange({ caller: v.trim() || undefined })}
          data-testid="filter-caller"
        />
        <Space.Compact>
          <InputNumber
            min={0}
            max={100}
            placeholder={t('conversations.filters.minScore')}
            style={{ width: 100 }}
            prefix={t('conversations.filters.score')}
            value={filters.minScore ?? null}
            onChange={(v) => onChange({ minScore: v ?? undefined })}
          />
          <InputNumber
            min={0}
            max={100}
            placeholder={t('conversations.filters.maxScore')}
            style={{ width: 64 }}
            value={filters.maxScore ?? null}
            onChange={(v) => onChange({ maxScore: v ?? undefined })}
          />
        </Space.Compact>
        {filters.rule ? (
          <Tag
            closable
            color="volcano"
            data-testid="filter-rule"
            onClose={() => onChange({ rule: undefined })}
            style={{ marginInlineEnd: 0, lineHeight: '28px' }}
          >
            {t('punct.labelValue', { label: t('conversations.filters.rule'), value: ruleName(filters.rule) })}
          </Tag>
        ) : null}
        <Button icon={<ReloadOutlined />} onClick={onReset}>
          {t('common.reset')}
        </Button>
      </Flex>
    </Card>
  );
}
