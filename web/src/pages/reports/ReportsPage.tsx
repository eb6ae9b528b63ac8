// 报表 (/reports, seed 002 monthly 考核, seed 004 质检报告): the monthly QA report of a vendor or team — figures,
// the daily trend, the most hit rules, teams and agents — with the Excel download and the printable page (PDF), and
// the trends over the months before it. Every figure comes from the API in the caller's row scope.
import { useState } from 'react';
import { Button, Card, Col, DatePicker, Flex, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { EChart } from '../../components/EChart.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { TrendsCard } from './TrendsCard.tsx';
import type { MonthlyAnswer } from './types.ts';

type AgentRow = MonthlyAnswer['agents'][number];
type TeamRow = MonthlyAnswer['teams'][number];

const score = (v: number | null) => (v === null ? '—' : v.toFixed(2));

export function ReportsPage() {
  const { t } = useI18n();
  const org = useOrg();
  const [month, setMonth] = useState(dayjs().subtract(1, 'month').format('YYYY-MM'));
  const [vendorId, setVendorId] = useState<string | undefined>();
  const [teamId, setTeamId] = useState<string | undefined>();
  const query = { month, ...(vendorId ? { vendorId } : {}), ...(teamId ? { teamId } : {}) };
  const qs = new URLSearchParams(query).toString();
  const report = useApi(`reports:monthly:${qs}`, (signal) =>
    call('get', '/api/reports/monthly', { query, signal }),
  );
  const d = report.data;
  const rule = (id: string) => d?.names.rules[id] ?? id;
  const team = (id: string) => d?.names.teams[id] ?? org.data?.teams.find((x) => x.id === id)?.name ?? id;
  const rules = (r: TeamRow['topRules']) =>
    r.map((x) => `${rule(x.ruleId)}(${x.hits})`).join(t('punct.listSeparator'));
  const teamCols = [
    { title: t('reports.team'), dataIndex: 'teamId', render: team },
    { title: t('reports.agents'), dataIndex: 'agents', width: 70 },
    { title: t('reports.conversations'), dataIndex: 'conversations', width: 80 },
    { title: t('reports.meanScore'), dataIndex: 'meanScore', width: 90, render: score },
    { title: t('reports.hitsPer100'), dataIndex: 'hitsPer100', width: 100 },
    { title: t('reports.mainRules'), dataIndex: 'topRules', render: rules },
    {
      title: t('reports.appeals'),
      key: 'ap',
      width: 100,
      render: (_: unknown, r: TeamRow) => `${r.appealsFiled} / ${r.appealsUpheld}`,
    },
    {
      title: t('reports.complaints'),
      key: 'co',
      width: 100,
      render: (_: unknown, r: TeamRow) => `${r.complaints} / ${r.complaintsResponsible}`,
    },
  ];
  const agentCols = [
    {
      title: t('reports.agent'),
      dataIndex: 'agentId',
      render: (id: string) => `${d?.names.agents[id] ?? ''} ${id}`,
    },
    { title: t('reports.team'), dataIndex: 'teamId', render: team },
    {
      title: t('reports.conversations'),
      dataIndex: 'conversations',
      width: 80,
      sorter: (a: AgentRow, b: AgentRow) => a.conversations - b.conversations,
    },
    {
      title: t('reports.meanScore'),
      dataIndex: 'meanScore',
      width: 90,
      render: score,
      sorter: (a: AgentRow, b: AgentRow) => (a.meanScore ?? 0) - (b.meanScore ?? 0),
    },
    {
      title: t('reports.hitsPer100'),
      dataIndex: 'hitsPer100',
      width: 100,
      sorter: (a: AgentRow, b: AgentRow) => a.hitsPer100 - b.hitsPer100,
    },
    { title: t('reports.mainRules'), dataIndex: 'topRules', render: rules },
    {
      title: t('reports.appeals'),
      key: 'ap',
      width: 100,
      render: (_: unknown, r: AgentRow) => `${r.appealsFiled} / ${r.appealsUpheld}`,
    },
    {
      title: t('reports.complaints'),
      key: 'co',
      width: 100,
      render: (_: unknown, r: AgentRow) => `${r.complaints} / ${r.complaintsResponsible}`,
    },
  ];
  const vendors = org.data?.vendors ?? [];
  const teams = (org.data?.teams ?? []).filter((x) => !vendorId || x.vendorId === vendorId);
  const trendFrom = `${dayjs(`${month}-01`).subtract(5, 'month').format('YYYY-MM')}-01`;
  const trendTo = dayjs(`${month}-01`).endOf('month').format('YYYY-MM-DD');
  const topRules = [...(d?.summary.topRules ?? [])].reverse();
  return (
    <Flex vertical gap={12}>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('reports.pageTitle')}
        </Typography.Title>
        <Space wrap>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(v) => v && setMonth(v.format('YYYY-MM'))}
            data-testid="reports-month"
          />
          {vendors.length > 1 ? (
            <Select
              allowClear
              placeholder={t('reports.allVendors')}
              style={{ width: 200 }}
              value={vendorId}
              onChange={(v?: string) => {
                setVendorId(v);
                setTeamId(undefined);
              }}
              options={vendors.map((v) => ({ value: v.id, label: v.name }))}
            />
          ) : null}
          {teams.length > 1 ? (
            <Select
              allowClear
              placeholder={t('reports.allTeams')}
              style={{ width: 160 }}
              value={teamId}
              onChange={(v?: string) => setTeamId(v)}
              options={teams.map((x) => ({ value: x.id, label: x.name }))}
            />
          ) : null}
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={`/api/reports/monthly/export.xlsx?${qs}`}
            data-testid="reports-xlsx"
          >
            {t('reports.downloadXlsx')}
          </Button>
          <Button
            icon={<PrinterOutlined />}
            href={`/api/reports/monthly/print?${qs}`}
            target="_blank"
            rel="noopener"
            data-testid="reports-print"
          >
            {t('reports.print')}
          </Button>
        </Space>
      </Flex>
      {report.state === 'error' && !d ? <ErrorState error={report.error} onRetry={report.reload} /> : null}
      {!d ? <LoadingBlock /> : null}
      {d ? (
        <>
          <Row gutter={[12, 12]} data-testid="reports-summary">
            {(
              [
                ['reports.conversations', String(d.summary.conversations)],
                ['reports.meanScore', score(d.summary.meanScore)],
                ['reports.hitsPer100', String(d.summary.hitsPer100)],
                ['reports.agents', String(d.summary.agents)],
                ['reports.appeals', `${d.summary.appealsFiled} / ${d.summary.appealsUpheld}`],
                [
                  'reports.upheldRate',
                  d.summary.upheldRate === null ? '—' : `${(d.summary.upheldRate * 100).toFixed(1)}%`,
                ],
                ['reports.complaints', `${d.summary.complaints} / ${d.summary.complaintsResponsible}`],
              ] as const
            ).map(([k, v]) => (
              <Col key={k} xs={12} md={8} xl={3}>
                <Card size="small">
                  <Statistic title={t(k)} value={v} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('reports.daily')}>
                <EChart
                  ariaLabel={t('reports.daily')}
                  option={{
                    tooltip: { trigger: 'axis' },
                    legend: { top: 0 },
                    grid: { left: 40, right: 40, top: 36, bottom: 24 },
                    xAxis: { type: 'category', data: d.daily.map((x) => x.day.slice(5)) },
                    yAxis: [{ type: 'value', scale: true }, { type: 'value' }],
                    series: [
                      { name: t('reports.meanScore'), type: 'line', data: d.daily.map((x) => x.meanScore) },
                      {
                        name: t('reports.hitsPer100'),
                        type: 'line',
                        yAxisIndex: 1,
                        data: d.daily.map((x) => (x.conversations > 0 ? x.hitsPer100 : null)),
                      },
                    ],
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('reports.topRules')}>
                <EChart
                  ariaLabel={t('reports.topRules')}
                  option={{
                    tooltip: { trigger: 'axis' },
                    grid: { left: 140, right: 24, top: 8, bottom: 24 },
                    xAxis: { type: 'value' },
                    yAxis: { type: 'category', data: topRules.map((r) => rule(r.ruleId)) },
                    series: [{ name: t('reports.hits'), type: 'bar', data: topRules.map((r) => r.hits) }],
                  }}
                />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('reports.teams')}>
            <Table<TeamRow>
              rowKey="teamId"
              size="small"
              pagination={false}
              dataSource={d.teams}
              columns={teamCols}
              data-testid="reports-teams"
            />
          </Card>
          <Card size="small" title={t('reports.agentsTable')}>
            <Table<AgentRow>
              rowKey="agentId"
              size="small"
              dataSource={d.agents}
              columns={agentCols}
              pagination={{ pageSize: 20, size: 'small' }}
              data-testid="reports-agents"
            />
          </Card>
        </>
      ) : null}
      <TrendsCard from={trendFrom} to={trendTo} vendorId={vendorId} teamId={teamId} />
    </Flex>
  );
}
