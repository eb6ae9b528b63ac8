// Statistic cards and the two charts above the conversation list, for the same period as the list:
// conversations per day (bars) with the day's average score (line), and the score distribution.
// Clicking a day narrows the list to that day; clicking a score band narrows it to that band.
import { useMemo } from 'react';
import { Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import type { OverviewStats } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import type { ChartOption } from '../../components/EChart.tsx';
import { formatScore } from '../../components/ScoreTag.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import { fillDays } from './filters.ts';

const CHART_HEIGHT = 200;
// band colours follow ScoreTag: failing, needs coaching, acceptable, good
function bandColor(from: number): string {
  if (from >= 90) return '#52c41a';
  if (from >= 80) return '#1677ff';
  if (from >= 60) return '#faad14';
  return '#ff4d4f';
}

type Day = OverviewStats['perDay'][number];

function perDayOption(days: readonly Day[], t: Translate): ChartOption {
  const count = t('conversations.chart.count');
  const avg = t('conversations.chart.avgScore');
  return {
    grid: { left: 44, right: 44, top: 36, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { data: [count, avg], top: 0 },
    xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)) },
    yAxis: [
      { type: 'value', name: count, minInterval: 1, nameTextStyle: { align: 'right' } },
      {
        type: 'value',
        name: avg,
        min: 0,
        max: 100,
        splitLine: { show: false },
        nameTextStyle: { align: 'left' },
      },
    ],
    series: [
      {
        name: count,
        type: 'bar',
        data: days.map((d) => d.count),
        itemStyle: { color: '#69b1ff' },
        barMaxWidth: 28,
      },
      {
        name: avg,
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        connectNulls: true,
        showSymbol: days.length <= 14,
        data: days.map((d) => (d.avgScore === null ? null : Number(d.avgScore.toFixed(1)))),
        itemStyle: { color: '#fa8c16' },
      },
    ],
  };
}

// The four bands of ScoreTag, each its own series so the legend names them (and toggles them).
const BANDS = [
  { key: 'overview.band.fail', from: 0, to: 60 },
  { key: 'overview.band.coach', from: 60, to: 80 },
  { key: 'overview.band.pass', from: 80, to: 90 },
  { key: 'overview.band.good', from: 90, to: Infinity },
] as const;

function distributionOption(stats: OverviewStats, t: Translate): ChartOption {
  return {
    grid: { left: 44, right: 16, top: 36, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: {
      data: BANDS.map((b) => t(b.key)),
      top: 0,
      itemWidth: 10,
      itemGap: 6,
      textStyle: { fontSize: 11 },
    },
    xAxis: {
      type: 'category',
      data: stats.scoreBuckets.map((b) => `${b.from}–${b.to}`),
      // every band labelled by its lower bound (the full band is in the tooltip): ten labels fit the card
      axisLabel: { interval: 0, formatter: (v: string) => v.split('–')[0] ?? v },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: BANDS.map((band) => ({
      name: t(band.key),
      type: 'bar' as const,
      stack: 'score',
      barMaxWidth: 36,
      itemStyle: { color: bandColor(band.from) },
      data: stats.scoreBuckets.map((b) => (b.from >= band.from && b.from < band.to ? b.count : null)),
    })),
  };
}

interface Props {
  stats: OverviewStats | undefined;
  /** The picked period (YYYY-MM-DD days): the per-day chart shows each of its days. */
  period: { from: string; to: string };
  loading: boolean;
  onPickDay: (date: string) => void;
  onPickBand: (from: number, to: number) => void;
}

export function OverviewCharts({ stats, period, loading, onPickDay, onPickBand }: Props) {
  const { t } = useI18n();
  const days = useMemo(
    () => (stats ? fillDays(stats.perDay, period.from, period.to) : []),
    [stats, period.from, period.to],
  );
  const perDay = useMemo(() => (stats ? perDayOption(days, t) : null), [stats, days, t]);
  const distribution = useMemo(() => (stats ? distributionOption(stats, t) : null), [stats, t]);

  if (!stats) return <Card>{loading ? <Skeleton active paragraph={{ rows: 6 }} /> : null}</Card>;
  const hasData = stats.total > 0;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={4}>
        <Row gutter={[16, 16]}>
          <Col xs={8} xl={24}>
            <Card size="small">
              <Statistic title={t('conversations.stat.total')} value={stats.total} data-testid="stat-total" />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('conversations.stat.scored', { count: stats.scored })}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={8} xl={24}>
            <Card size="small">
              <Statistic
                title={t('conversations.stat.avgScore')}
                value={
                  stats.avgScore === null ? t('common.none') : formatScore(Number(stats.avgScore.toFixed(1)))
                }
              />
            </Card>
          </Col>
          <Col xs={8} xl={24}>
            <Card size="small">
              <Statistic
                title={t('conversations.stat.fatal')}
                value={stats.fatal}
                styles={{ content: { color: stats.fatal > 0 ? '#cf1322' : undefined } }}
              />
            </Card>
          </Col>
        </Row>
      </Col>
      <Col xs={24} md={14} xl={12}>
        <Card size="small" title={t('conversations.chart.perDay')} data-testid="chart-per-day">
          {hasData && perDay ? (
            <EChart
              option={perDay}
              height={CHART_HEIGHT}
              ariaLabel={t('conversations.chart.perDay')}
              onClickDataIndex={(_s, i) => {
                const day = days[i];
                if (day) onPickDay(day.date);
              }}
            />
          ) : (
            <Empty style={{ height: CHART_HEIGHT - 40 }} description={t('common.noData')} />
          )}
        </Card>
      </Col>
      <Col xs={24} md={10} xl={8}>
        <Card size="small" title={t('conversations.chart.distribution')} data-testid="chart-distribution">
          {hasData && distribution ? (
            <EChart
              option={distribution}
              height={CHART_HEIGHT}
              ariaLabel={t('conversations.chart.distribution')}
              onClickDataIndex={(_s, i) => {
                const b = stats.scoreBuckets[i];
                if (b) onPickBand(b.from, b.to);
              }}
            />
          ) : (
            <Empty style={{ height: CHART_HEIGHT - 40 }} description={t('common.noData')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
