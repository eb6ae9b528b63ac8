// Trends over the six months (or weeks) up to the report's month: one line per team, agent or vendor for the QA
// score, hits per 100 calls and appeals upheld, and the rule trend (hits per 100 calls of the most hit rules).
import { useState } from 'react';
import { Card, Col, Row, Segmented, Space } from 'antd';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { EChart, type ChartOption } from '../../components/EChart.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { TrendsAnswer } from './types.ts';

type GroupBy = 'team' | 'agent' | 'vendor' | 'all';
type Figure = 'meanScore' | 'hitsPer100' | 'appealsUpheld';

function lines(d: TrendsAnswer, label: (key: string) => string, figure: Figure): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 36, bottom: 24 },
    xAxis: { type: 'category', data: d.periods },
    yAxis: { type: 'value', scale: figure === 'meanScore' },
    series: d.series.map((s) => ({
      name: label(s.key),
      type: 'line',
      connectNulls: false,
      data: s.points.map((p) => p[figure]),
    })),
  };
}

export function TrendsCard({
  from,
  to,
  vendorId,
  teamId,
}: {
  from: string;
  to: string;
  vendorId?: string;
  teamId?: string;
}) {
  const { t } = useI18n();
  const [granularity, setGranularity] = useState<'month' | 'week'>('month');
  const [groupBy, setGroupBy] = useState<GroupBy>('team');
  const trends = useApi(
    `reports:trends:${from}:${to}:${granularity}:${groupBy}:${vendorId}:${teamId}`,
    (signal) =>
      call('get', '/api/reports/trends', {
        query: {
          from,
          to,
          granularity,
          groupBy,
          ...(vendorId ? { vendorId } : {}),
          ...(teamId ? { teamId } : {}),
        },
        signal,
      }),
  );
  const d = trends.data;
  const label = (key: string) =>
    groupBy === 'agent'
      ? `${d?.names.agents[key] ?? ''} ${key}`
      : groupBy === 'team'
        ? (d?.names.teams[key] ?? key)
        : groupBy === 'vendor'
          ? (d?.names.vendors[key] ?? key)
          : t('reports.groupBy.all');
  return (
    <Card
      size="small"
      title={t('reports.trend')}
      extra={
        <Space wrap>
          <Segmented
            value={granularity}
            onChange={setGranularity}
            options={(['month', 'week'] as const).map((g) => ({ value: g, label: t(`reports.trend.${g}`) }))}
          />
          <Segmented
            value={groupBy}
            onChange={setGroupBy}
            options={(['team', 'agent', 'vendor', 'all'] as const).map((g) => ({
              value: g,
              label: t(`reports.groupBy.${g}`),
            }))}
            data-testid="reports-group-by"
          />
        </Space>
      }
    >
      {trends.state === 'error' && !d ? <ErrorState error={trends.error} onRetry={trends.reload} /> : null}
      {!d ? <LoadingBlock /> : null}
      {d ? (
        <Row gutter={[12, 12]} data-testid="reports-trends">
          <Col xs={24} lg={12}>
            <EChart ariaLabel={t('reports.trend.score')} option={lines(d, label, 'meanScore')} />
          </Col>
          <Col xs={24} lg={12}>
            <EChart ariaLabel={t('reports.trend.hits')} option={lines(d, label, 'hitsPer100')} />
          </Col>
          <Col xs={24} lg={12}>
            <EChart ariaLabel={t('reports.trend.upheld')} option={lines(d, label, 'appealsUpheld')} />
          </Col>
          <Col xs={24} lg={12}>
            <EChart
              ariaLabel={t('reports.ruleTrend')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0, type: 'scroll' },
                grid: { left: 40, right: 16, top: 36, bottom: 24 },
                xAxis: { type: 'category', data: d.periods },
                yAxis: { type: 'value' },
                series: d.rules.slice(0, 6).map((r) => ({
                  name: d.names.rules[r.ruleId] ?? r.ruleId,
                  type: 'line',
                  data: r.points.map((p) => p.per100),
                })),
              }}
            />
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}
