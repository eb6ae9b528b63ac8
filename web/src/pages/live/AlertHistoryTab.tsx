// 告警记录: the alerts of a period in the user's scope with who handled them, how and why (a dismissal's reason),
// and the counts per rule, severity and state (GET /api/live/alerts) — what a QA lead reviews after a shift to see
// which alerts were answered, taken over or written off as false alarms.
import { useState } from 'react';
import { DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { ErrorState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { AlertActions } from './AlertActions.tsx';
import { AlertStateTag, SeverityTag } from './AlertItem.tsx';

type Report = ResponseOf<'/api/live/alerts', 'get'>;
type Row = Report['items'][number];
const STATES = ['open', 'acknowledged', 'taken_over', 'dismissed'] as const;
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const stamp = (iso: string | null) => (iso ? dayjs(iso).format('MM-DD HH:mm:ss') : '—');

export function AlertHistoryTab() {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const org = useOrg();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('day'), dayjs().endOf('day')]);
  const [state, setState] = useState<(typeof STATES)[number] | undefined>();
  const query = {
    from: range[0].startOf('day').toISOString(),
    to: range[1].endOf('day').toISOString(),
    ...(state ? { state } : {}),
    limit: 1000,
  };
  const report = useApi(`live:alerts:${JSON.stringify(query)}`, (signal) =>
    call('get', '/api/live/alerts', { query, signal }),
  );
  const names = new Map((org.data?.agents ?? []).map((a) => [a.id, a.name]));

  // counts per severity and state, summed over rules
  const total = (sev: string, st?: string) =>
    (report.data?.counts ?? [])
      .filter((c) => c.severity === sev && (st === undefined || c.state === st))
      .reduce((n, c) => n + c.count, 0);

  const columns: TableColumnsType<Row> = [
    { title: t('live.history.at'), dataIndex: 'at', width: 130, render: stamp },
    {
      title: t('live.rules.severity'),
      dataIndex: 'severity',
      width: 80,
      render: (s: Row['severity']) => <SeverityTag severity={s} />,
    },
    { title: t('live.history.rule'), dataIndex: 'rule', width: 140, render: (r: string) => ruleName(r) },
    {
      title: t('live.agent'),
      dataIndex: 'agentId',
      width: 120,
      render: (id: string) => names.get(id) ?? id,
    },
    { title: t('live.history.text'), dataIndex: 'text', ellipsis: true },
    { title: t('live.history.call'), dataIndex: 'callId', width: 150, ellipsis: true },
    {
      title: t('live.history.state'),
      dataIndex: 'state',
      width: 150,
      render: (s: Row['state'], r) => (
        <Space size={4}>
          <AlertStateTag state={s} />
          {r.escalated ? <Tag color="magenta">{t('live.escalated')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('live.history.handledBy'),
      key: 'handled',
      width: 200,
      render: (_: unknown, r) =>
        r.actions.handle ? (
          <AlertActions alert={r} />
        ) : r.handledAt ? (
          <span>
            {r.handledByName ?? r.handledBy ?? '—'} · {stamp(r.handledAt)}
            {r.reason ? (
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {r.reason}
              </Typography.Text>
            ) : null}
          </span>
        ) : (
          '—'
        ),
    },
  ];

  if (report.state === 'error' && !report.data)
    return <ErrorState error={report.error} onRetry={report.reload} />;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange([v[0], v[1]]);
          }}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('live.history.state')}
          value={state}
          onChange={setState}
          options={STATES.map((s) => ({ value: s, label: t(`live.alertState.${s}`) }))}
        />
      </Space>
      <Space wrap style={{ marginBottom: 12 }} data-testid="live-alert-counts">
        {SEVERITIES.map((sev) => (
          <Tag key={sev}>
            {t(`live.severity.${sev}`)} {total(sev)}
            {t('punct.parenthesized', { text: `${t('live.alertState.open')} ${total(sev, 'open')}` })}
          </Tag>
        ))}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={report.state === 'loading'}
        columns={columns}
        dataSource={report.data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="live-alert-history"
      />
    </>
  );
}
