// 阶段 (seed 004 分阶段差异化培训): every agent's stage from hire and on-line dates (new / early / middle / late, the
// thresholds in settings) and, per stage, QA score, hits per 100 calls, complaints and KPI, with the stage's
// typical failures (the rules the seed names for that stage) marked among its top rules.
import { Card, Col, Descriptions, Flex, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Org } from '../../api/useOrg.ts';
import { EChart } from '../../components/EChart.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Loadable } from '../../api/useApi.ts';
import type { StagesAnswer } from './types.ts';
import { StageSettingsButton } from './StageSettings.tsx';

type StageRow = StagesAnswer['stages'][number];
type AgentRow = StagesAnswer['agents'][number];
type RuleRow = StageRow['topRules'][number];
const STAGE_COLOR = { new: 'cyan', early: 'blue', middle: 'geekblue', late: 'purple' } as const;

function Rules({ rules }: { rules: RuleRow[] }) {
  return (
    <Space size={2} wrap>
      {rules.map((r) => (
        <Tag
          key={r.ruleId}
          color={r.typical ? 'red' : undefined}
          data-testid={r.typical ? 'stage-typical' : undefined}
        >
          {r.ruleId} {r.per100.toFixed(1)}
        </Tag>
      ))}
    </Space>
  );
}

export function StagesTab({
  org,
  stages,
  days,
  setDays,
}: {
  org: Org | undefined;
  stages: Loadable<StagesAnswer> & { reload: () => void };
  days: number;
  setDays: (d: number) => void;
}) {
  const { t } = useI18n();
  if (stages.state === 'error' && !stages.data)
    return <ErrorState error={stages.error} onRetry={stages.reload} />;
  if (!stages.data) return <LoadingBlock />;
  const d = stages.data;
  const stageName = (s: StageRow['stage']) => t(`coaching.stage.${s}`);
  const teamName = (id: string) => org?.teams.find((x) => x.id === id)?.name ?? id;
  const stageCols: TableColumnsType<StageRow> = [
    {
      title: t('coaching.stage'),
      dataIndex: 'stage',
      width: 110,
      render: (s: StageRow['stage']) => <Tag color={STAGE_COLOR[s]}>{stageName(s)}</Tag>,
    },
    { title: t('coaching.stage.agents'), dataIndex: 'agents', width: 70 },
    { title: t('coaching.stage.conversations'), dataIndex: 'conversations', width: 80 },
    {
      title: t('coaching.stage.meanScore'),
      dataIndex: 'meanScore',
      width: 90,
      render: (v: number | null) => (v === null ? t('common.none') : v.toFixed(1)),
    },
    {
      title: t('coaching.stage.hitsPer100'),
      dataIndex: 'hitsPer100',
      width: 100,
      render: (v: number) => v.toFixed(1),
    },
    { title: t('coaching.stage.complaints'), dataIndex: 'complaints', width: 70 },
    {
      title: t('coaching.stage.kpi'),
      dataIndex: 'meanKpiPoints',
      width: 80,
      render: (v: number | null) => (v === null ? t('common.none') : v.toFixed(1)),
    },
    {
      title: t('coaching.stage.topRules'),
      dataIndex: 'topRules',
      render: (r: RuleRow[]) => <Rules rules={r} />,
    },
  ];
  const agentCols: TableColumnsType<AgentRow> = [
    { title: t('coaching.agent'), key: 'a', width: 130, render: (_: unknown, a) => `${a.name} ${a.agentId}` },
    { title: t('coaching.team'), dataIndex: 'teamId', width: 110, render: teamName },
    {
      title: t('coaching.stage'),
      dataIndex: 'stage',
      width: 100,
      filters: d.stages.map((s) => ({ text: stageName(s.stage), value: s.stage })),
      onFilter: (v, a) => a.stage === v,
      render: (s: AgentRow['stage']) =>
        s === null ? t('common.none') : <Tag color={STAGE_COLOR[s]}>{stageName(s)}</Tag>,
    },
    { title: t('coaching.stage.hiredOn'), dataIndex: 'hiredOn', width: 100 },
    { title: t('coaching.stage.onlineOn'), dataIndex: 'onlineOn', width: 100 },
    { title: t('coaching.stage.conversations'), dataIndex: 'conversations', width: 80 },
    {
      title: t('coaching.stage.meanScore'),
      dataIndex: 'meanScore',
      width: 80,
      sorter: (a, b) => (a.meanScore ?? 0) - (b.meanScore ?? 0),
      render: (v: number | null) => (v === null ? t('common.none') : v.toFixed(1)),
    },
    { title: t('coaching.stage.complaints'), dataIndex: 'complaints', width: 70 },
    {
      title: t('coaching.stage.topRules'),
      dataIndex: 'topRules',
      render: (r: RuleRow[]) => <Rules rules={r} />,
    },
  ];
  const names = d.stages.map((s) => stageName(s.stage));
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Select
          value={days}
          onChange={setDays}
          style={{ width: 140 }}
          options={[30, 90, 180, 365].map((n) => ({ value: n, label: t('coaching.stage.days', { n }) }))}
        />
        <Descriptions size="small" column={3} style={{ flex: 1 }}>
          <Descriptions.Item label={t('coaching.stage.trainingDays')}>
            {d.settings.trainingDays}
          </Descriptions.Item>
          <Descriptions.Item label={t('coaching.stage.earlyUntil')}>
            {d.settings.earlyUntilDays}
          </Descriptions.Item>
          <Descriptions.Item label={t('coaching.stage.middleUntil')}>
            {d.settings.middleUntilDays}
          </Descriptions.Item>
        </Descriptions>
        {d.actions.editSettings ? <StageSettingsButton settings={d.settings} /> : null}
      </Flex>
      <Row gutter={12}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('coaching.stage.chartAgents')}>
            <EChart
              ariaLabel={t('coaching.stage.chartAgents')}
              height={240}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 40, right: 40, top: 36, bottom: 24 },
                xAxis: { type: 'category', data: names },
                yAxis: [{ type: 'value' }, { type: 'value', min: 0, max: 100 }],
                series: [
                  { name: t('coaching.stage.agents'), type: 'bar', data: d.stages.map((s) => s.agents) },
                  {
                    name: t('coaching.stage.meanScore'),
                    type: 'line',
                    yAxisIndex: 1,
                    data: d.stages.map((s) => (s.meanScore === null ? null : Number(s.meanScore.toFixed(1)))),
                  },
                ],
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('coaching.stage.chartHits')}>
            <EChart
              ariaLabel={t('coaching.stage.chartHits')}
              height={240}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 40, right: 20, top: 36, bottom: 24 },
                xAxis: { type: 'category', data: names },
                yAxis: { type: 'value' },
                series: [
                  {
                    name: t('coaching.stage.hitsPer100'),
                    type: 'bar',
                    data: d.stages.map((s) => Number(s.hitsPer100.toFixed(1))),
                  },
                  {
                    name: t('coaching.stage.complaints'),
                    type: 'bar',
                    data: d.stages.map((s) => s.complaints),
                  },
                ],
              }}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('coaching.stage.typicalHint')}</Typography.Text>
      <Table<StageRow>
        rowKey="stage"
        size="small"
        pagination={false}
        dataSource={d.stages}
        columns={stageCols}
        data-testid="stage-table"
      />
      <Table<AgentRow>
        rowKey="agentId"
        size="small"
        dataSource={d.agents}
        columns={agentCols}
        pagination={{ pageSize: 20, size: 'small' }}
        data-testid="stage-agents"
      />
    </Flex>
  );
}
