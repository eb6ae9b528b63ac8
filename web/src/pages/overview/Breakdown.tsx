// The overview's second row: which rules are violated most (click: the conversations hitting it), results per
// team (click: that team's conversations), per vendor, and the agents with the lowest average score.
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Empty, Row, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { DashboardOverview, GroupTotals } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import type { ChartOption } from '../../components/EChart.tsx';
import { ScoreTag } from '../../components/ScoreTag.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import type { ConversationFilters } from '../conversations/filters.ts';

const CHART_HEIGHT = 260;
const ATTENTION_ROWS = 6;

function topRulesOption(
  rows: DashboardOverview['topRules'],
  calls: number,
  name: (r: string) => string,
  t: Translate,
): ChartOption {
  // Per 100 calls, not raw counts: a rule's weight stays comparable across periods and teams of any size.
  const per100 = (n: number) => (calls > 0 ? Number(((n * 100) / calls).toFixed(1)) : 0);
  // ECharts draws the first category at the bottom: reverse so the most violated rule is on top
  const ordered = [...rows].reverse();
  const hits = t('overview.per100');
  const convs = t('overview.conversationsHit');
  return {
    grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [hits, convs], top: 0 },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.name ?? name(r.rule)),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      {
        name: hits,
        type: 'bar',
        barMaxWidth: 18,
        data: ordered.map((r) => per100(r.hits)),
        itemStyle: { color: '#ff7875' },
        label: { show: true, position: 'right' },
      },
      {
        name: convs,
        type: 'bar',
        barMaxWidth: 18,
        data: ordered.map((r) => per100(r.conversations)),
        itemStyle: { color: '#ffc069' },
      },
    ],
  };
}

function teamsOption(
  rows: readonly GroupTotals[],
  label: (g: GroupTotals) => string,
  t: Translate,
): ChartOption {
  const count = t('overview.col.total');
  const avg = t('overview.col.avg');
  return {
    grid: { left: 44, right: 44, top: 36, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { data: [count, avg], top: 0 },
    xAxis: {
      type: 'category',
      data: rows.map(label),
      axisLabel: { interval: 0, overflow: 'truncate', width: 70 },
    },
    yAxis: [
      { type: 'value', name: count, minInterval: 1 },
      { type: 'value', name: avg, min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      {
        name: count,
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) => r.total),
        itemStyle: { color: '#91caff' },
      },
      {
        name: avg,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => r.avgScore),
        itemStyle: { color: '#fa8c16' },
        label: { show: rows.length <= 12, position: 'top' },
      },
    ],
  };
}

interface Props {
  data: DashboardOverview;
  /** Link to the conversation list with the overview's filters plus these. */
  listLink: (extra: Partial<ConversationFilters>) => string;
  onOpen: (extra: Partial<ConversationFilters>) => void;
}

export function Breakdown({ data, listLink, onOpen }: Props) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const groupLabel = (g: GroupTotals) => g.name ?? g.id ?? t('overview.unassigned');
  const rulesOption = useMemo(
    () => topRulesOption(data.topRules, data.calls, ruleName, t),
    [data.topRules, data.calls, ruleName, t],
  );
  const teamOption = useMemo(() => teamsOption(data.teams, groupLabel, t), [data.teams, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const attention = useMemo(
    () =>
      data.agents
        .filter((a) => a.id !== null && a.avgScore !== null)
        .sort((a, b) => a.avgScore! - b.avgScore! || b.fatal - a.fatal)
        .slice(0, ATTENTION_ROWS),
    [data.agents],
  );
  const teamName = new Map(data.teams.map((tm) => [tm.id, tm.name]));

  const vendorColumns: TableColumnsType<GroupTotals> = [
    { title: t('overview.col.name'), key: 'name', render: (_: unknown, g) => groupLabel(g), ellipsis: true },
    { title: t('overview.col.total'), dataIndex: 'total', align: 'right', width: 80 },
    {
      title: t('overview.col.avg'),
      key: 'avg',
      width: 90,
      render: (_: unknown, g) => <ScoreTag score={g.avgScore} />,
    },
    { title: t('overview.col.fatal'), dataIndex: 'fatal', align: 'right', width: 64 },
  ];
  const agentColumns: TableColumnsType<DashboardOverview['agents'][number]> = [
    {
      title: t('overview.col.agent'),
      key: 'agent',
      ellipsis: true,
      render: (_: unknown, a) => (
        <Link to={listLink(a.id ? { agentId: a.id } : {})}>
          {a.name ?? a.id}
          <Typography.Text type="secondary"> {a.id}</Typography.Text>
        </Link>
      ),
    },
    {
      title: t('overview.col.team'),
      key: 'team',
      ellipsis: true,
      width: 90,
      render: (_: unknown, a) => (a.teamId ? (teamName.get(a.teamId) ?? a.teamId) : t('common.none')),
    },
    { title: t('overview.col.total'), dataIndex: 'total', align: 'right', width: 72 },
    {
      title: t('overview.col.avg'),
      key: 'avg',
      width: 90,
      render: (_: unknown, a) => <ScoreTag score={a.avgScore} />,
    },
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('overview.topRules')} data-testid="chart-top-rules">
          {data.topRules.length > 0 ? (
            <EChart
              option={rulesOption}
              height={CHART_HEIGHT}
              ariaLabel={t('overview.topRules')}
              onClickDataIndex={(_s, i) => {
                const row = [...data.topRules].reverse()[i];
                if (row) onOpen({ rule: row.rule });
              }}
            />
          ) : (
            <Empty style={{ height: CHART_HEIGHT - 40 }} description={t('common.noData')} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('overview.byTeam')} data-testid="chart-teams">
          {data.teams.length > 0 ? (
            <EChart
              option={teamOption}
              height={CHART_HEIGHT}
              ariaLabel={t('overview.byTeam')}
              onClickDataIndex={(_s, i) => {
                const team = data.teams[i];
                if (team?.id) onOpen({ teamId: team.id });
              }}
            />
          ) : (
            <Empty style={{ height: CHART_HEIGHT - 40 }} description={t('common.noData')} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('overview.byVendor')} styles={{ body: { padding: 0 } }}>
          <Table<GroupTotals>
            data-testid="vendor-table"
            rowKey={(g) => g.id ?? ''}
            size="small"
            pagination={false}
            columns={vendorColumns}
            dataSource={data.vendors}
            locale={{ emptyText: <Empty description={t('common.noData')} /> }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('overview.attention')} styles={{ body: { padding: 0 } }}>
          <Table
            data-testid="attention-table"
            rowKey={(a) => a.id ?? ''}
            size="small"
            pagination={false}
            columns={agentColumns}
            dataSource={attention}
            locale={{ emptyText: <Empty description={t('common.noData')} /> }}
          />
        </Card>
      </Col>
    </Row>
  );
}
