// 投诉率: complaints per 10,000 calls by month (line), each cause's share of the period's complaints (bars, seed 004
// 客诉原因分析), and the teams and agents with the highest rate, over the last six months in the caller's scope.
import { Card, Col, Empty, Row, Table, Typography } from 'antd';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import type { Org } from '../../api/useOrg.ts';
import { EChart } from '../../components/EChart.tsx';
import type { ChartOption } from '../../components/EChart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Rates = ResponseOf<'/api/complaints/rates', 'get'>;
type RateRow = Rates['byTeam'][number];

export function ComplaintRates({
  org,
  vendorId,
  teamId,
}: {
  org: Org | undefined;
  vendorId?: string;
  teamId?: string;
}) {
  const { t, locale } = useI18n();
  const query = { ...(vendorId ? { vendorId } : {}), ...(teamId ? { teamId } : {}) };
  const rates = useApi(`complaints:rates:${vendorId ?? ''}:${teamId ?? ''}`, (signal) =>
    call('get', '/api/complaints/rates', { query, signal }),
  );
  const causes = useApi('complaint-causes', (signal) => call('get', '/api/complaint-causes', { signal }));
  const d = rates.data;
  if (!d) return null;
  const causeName = (id: string) => {
    if (id === 'unclassified') return t('complaints.rates.unclassified');
    const c = causes.data?.items.find((x) => x.id === id);
    return c ? (locale === 'en-US' ? c.nameEn : c.name) : id;
  };
  const teamName = (id: string) => org?.teams.find((x) => x.id === id)?.name ?? id;
  const agentName = (id: string) => org?.agents.find((x) => x.id === id)?.name ?? id;
  const monthOption: ChartOption = {
    grid: { left: 40, right: 40, top: 36, bottom: 24 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: d.byMonth.map((m) => m.key) },
    yAxis: [
      { type: 'value', name: t('complaints.rates.per10k') },
      { type: 'value', name: t('complaints.rates.complaints'), minInterval: 1 },
    ],
    series: [
      {
        name: t('complaints.rates.per10k'),
        type: 'line',
        data: d.byMonth.map((m) => m.per10k),
      },
      {
        name: t('complaints.rates.complaints'),
        type: 'bar',
        yAxisIndex: 1,
        data: d.byMonth.map((m) => m.complaints),
        itemStyle: { opacity: 0.35 },
      },
    ],
  };
  const causeOption: ChartOption = {
    grid: { left: 120, right: 40, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: d.byCause.map((c) => causeName(c.causeId)) },
    series: [
      {
        name: t('complaints.rates.complaints'),
        type: 'bar',
        data: d.byCause.map((c) => c.complaints),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) =>
            `${Math.round((d.byCause[p.dataIndex]?.share ?? 0) * 100)}%`,
        },
      },
    ],
  };
  const rateColumns = (name: (id: string) => string, title: string) => [
    { title, dataIndex: 'key', render: (k: string) => name(k) },
    { title: t('complaints.rates.complaints'), dataIndex: 'complaints', align: 'right' as const, width: 70 },
    { title: t('complaints.rates.calls'), dataIndex: 'calls', align: 'right' as const, width: 80 },
    {
      title: t('complaints.rates.per10k'),
      dataIndex: 'per10k',
      align: 'right' as const,
      width: 90,
      render: (v: number | null) => (v === null ? '—' : v.toFixed(1)),
    },
  ];
  return (
    <Card
      size="small"
      title={t('complaints.rates.title', { from: d.from, to: d.to })}
      data-testid="complaint-rates"
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Text type="secondary">{t('complaints.rates.byMonth')}</Typography.Text>
          <div data-testid="complaint-rates-month">
            <EChart option={monthOption} height={220} ariaLabel={t('complaints.rates.byMonth')} />
          </div>
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text type="secondary">{t('complaints.rates.byCause')}</Typography.Text>
          {d.byCause.length === 0 ? (
            <Empty description={t('complaints.empty')} />
          ) : (
            <div data-testid="complaint-rates-cause">
              <EChart option={causeOption} height={220} ariaLabel={t('complaints.rates.byCause')} />
            </div>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Table<RateRow>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={d.byTeam.slice(0, 8)}
            columns={rateColumns(teamName, t('common.team'))}
            data-testid="complaint-rates-teams"
          />
        </Col>
        <Col xs={24} lg={12}>
          <Table<RateRow>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={d.byAgent.slice(0, 8)}
            columns={rateColumns(agentName, t('kpi.col.agent'))}
            data-testid="complaint-rates-agents"
          />
        </Col>
      </Row>
    </Card>
  );
}
