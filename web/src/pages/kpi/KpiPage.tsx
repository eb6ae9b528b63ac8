// 绩效考核 (seed 002 (五)): the month's league table per agent — the three items with their points, the total and
// the bonus or deduction in yuan — a chart of points per item, and the drill-down to one agent's inputs.
import { useMemo, useState } from 'react';
import { Alert, Card, Empty, Flex, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import type { KpiRow, KpiTable } from '../../api/ops-types.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { useMay } from '../../auth/auth.tsx';
import { EChart } from '../../components/EChart.tsx';
import type { ChartOption } from '../../components/EChart.tsx';
import { OpsFilters, useOpsFilters } from '../../components/OpsFilters.tsx';
import { describeError } from '../../components/States.tsx';
import { formatPercent, formatYuan } from '../../format/money.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import { KpiAgentDrawer } from './KpiAgentDrawer.tsx';
import { StatsUpload } from './StatsUpload.tsx';

export function MoneyCell({ row }: { row: Pick<KpiRow, 'bonusFen' | 'deductionFen'> }) {
  if (row.bonusFen > 0)
    return <Typography.Text type="success">{formatYuan(row.bonusFen, { signed: true })}</Typography.Text>;
  if (row.deductionFen > 0)
    return <Typography.Text type="danger">{formatYuan(-row.deductionFen)}</Typography.Text>;
  return <Typography.Text type="secondary">{formatYuan(0)}</Typography.Text>;
}

// An item without data scores what the policy says (seed 002 (五)2: satisfaction not surveyed counts full); the
// cell says "no data" so those points never read as measured.
function itemCell(value: number | null, points: number, kind: 'rate' | 'score', t: Translate) {
  return (
    <Flex vertical>
      <span>
        {value === null ? (
          <Tag color="orange" data-testid="kpi-no-data">
            {t('settle.noData')}
          </Tag>
        ) : kind === 'rate' ? (
          formatPercent(value)
        ) : (
          value.toFixed(2)
        )}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('kpi.points', { points: points.toFixed(2) })}
      </Typography.Text>
    </Flex>
  );
}

function chartOption(rows: KpiRow[], t: Translate): ChartOption {
  const names = rows.map((r) => r.agentName);
  const bar = (name: string, data: number[]) => ({ name, type: 'bar' as const, stack: 'points', data });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 48 },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: 40, fontSize: 11 } },
    yAxis: { type: 'value', min: 0 },
    series: [
      bar(
        t('kpi.item.answerRate'),
        rows.map((r) => r.points.answerRate),
      ),
      bar(
        t('kpi.item.satisfaction'),
        rows.map((r) => r.points.satisfaction),
      ),
      bar(
        t('kpi.item.qa'),
        rows.map((r) => r.points.qa),
      ),
    ],
  };
}

export function KpiPage() {
  const { t } = useI18n();
  const may = useMay();
  const [filters, setFilters] = useOpsFilters();
  const org = useOrg();
  const [agent, setAgent] = useState<string | null>(null);
  const query = { month: filters.month, vendorId: filters.vendorId, teamId: filters.teamId };
  const kpi = useApi(`kpi:table:${query.month}:${query.vendorId ?? ''}:${query.teamId ?? ''}`, (signal) =>
    api.get<KpiTable>('/api/kpi', query, signal),
  );
  const rows = useMemo(
    () =>
      [...(kpi.data?.rows ?? [])].sort(
        (a, b) => b.points.total - a.points.total || a.agentId.localeCompare(b.agentId),
      ),
    [kpi.data],
  );
  const option = useMemo(() => chartOption(rows, t), [rows, t]);
  const teamName = (id: string) => org.data?.teams.find((x) => x.id === id)?.name ?? id;

  const columns: TableColumnsType<KpiRow> = [
    { title: t('kpi.col.rank'), key: 'rank', width: 60, render: (_: unknown, _r, i) => i + 1 },
    {
      title: t('kpi.col.agent'),
      key: 'agent',
      width: 150,
      render: (_: unknown, r) => (
        <Typography.Link onClick={() => setAgent(r.agentId)} data-testid="kpi-agent-link">
          {r.agentName} <Typography.Text type="secondary">{r.agentId}</Typography.Text>
        </Typography.Link>
      ),
    },
    { title: t('common.team'), key: 'team', width: 130, render: (_: unknown, r) => teamName(r.teamId) },
    {
      title: t('kpi.item.answerRate'),
      key: 'ar',
      width: 110,
      render: (_: unknown, r) => itemCell(r.answerRate, r.points.answerRate, 'rate', t),
    },
    {
      title: t('kpi.item.satisfaction'),
      key: 'sat',
      width: 110,
      render: (_: unknown, r) => itemCell(r.satisfaction, r.points.satisfaction, 'rate', t),
    },
    {
      title: t('kpi.item.qa'),
      key: 'qa',
      width: 110,
      render: (_: unknown, r) => itemCell(r.qaScore, r.points.qa, 'score', t),
    },
    {
      title: t('kpi.col.total'),
      key: 'total',
      width: 90,
      render: (_: unknown, r) => <strong data-testid="kpi-total">{r.points.total.toFixed(2)}</strong>,
    },
    {
      title: t('kpi.col.outcome'),
      key: 'outcome',
      width: 110,
      render: (_: unknown, r) => (
        <Tag color={r.outcome === 'bonus' ? 'success' : r.outcome === 'deduction' ? 'error' : 'default'}>
          {t(`kpi.outcome.${r.outcome}`)}
          {r.outcomePercent !== null ? ` ${r.outcomePercent}%` : ''}
        </Tag>
      ),
    },
    {
      title: t('kpi.col.money'),
      key: 'money',
      width: 130,
      align: 'right',
      render: (_: unknown, r) => <MoneyCell row={r} />,
    },
  ];

  const bonus = rows.reduce((s, r) => s + r.bonusFen, 0);
  const deduction = rows.reduce((s, r) => s + r.deductionFen, 0);
  const avg = rows.length ? rows.reduce((s, r) => s + r.points.total, 0) / rows.length : null;

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap justify="space-between">
        <Space size={16} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('kpi.title')}
          </Typography.Title>
          <OpsFilters value={filters} onChange={setFilters} org={org.data} />
        </Space>
        {may('kpi.stats.write') ? <StatsUpload month={filters.month} /> : null}
      </Flex>
      {kpi.state === 'error' ? <Alert type="error" showIcon title={describeError(kpi.error, t)} /> : null}
      <Flex gap={12} wrap>
        <Card size="small" style={{ flex: '1 1 150px' }}>
          <Statistic title={t('kpi.summary.agents')} value={rows.length} />
        </Card>
        <Card size="small" style={{ flex: '1 1 150px' }}>
          <Statistic title={t('kpi.summary.avgPoints')} value={avg === null ? '—' : avg.toFixed(2)} />
        </Card>
        <Card size="small" style={{ flex: '1 1 150px' }}>
          <Statistic title={t('kpi.summary.bonus')} value={formatYuan(bonus)} />
        </Card>
        <Card size="small" style={{ flex: '1 1 150px' }}>
          <Statistic title={t('kpi.summary.deduction')} value={formatYuan(deduction)} />
        </Card>
      </Flex>
      <Card size="small" title={t('kpi.chart.title')}>
        {rows.length > 0 ? (
          <EChart option={option} height={240} ariaLabel={t('kpi.chart.title')} />
        ) : (
          <Empty description={t('kpi.empty')} />
        )}
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<KpiRow>
          data-testid="kpi-table"
          rowKey="agentId"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={kpi.state === 'loading'}
          pagination={false}
          scroll={{ x: 1000 }}
          onRow={(r) => ({ onDoubleClick: () => setAgent(r.agentId) })}
          locale={{ emptyText: <Empty description={t('kpi.empty')} /> }}
        />
      </Card>
      <KpiAgentDrawer agentId={agent} month={filters.month} onClose={() => setAgent(null)} />
    </Flex>
  );
}
