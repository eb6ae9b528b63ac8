// 投诉登记 (seed 004, docs/product.md): complaints in the caller's scope by month and decision; the complaint desk registers
// them and decides whether the vendor was responsible and how severe it was (which drives the settlement's
// complaint deductions). Decisions are refused once the month's statement is approved (423, shown as the error).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import type { Complaint, ComplaintDecision, ComplaintSeverity } from '../../api/ops-types.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { useMay } from '../../auth/auth.tsx';
import { OpsFilters, useOpsFilters } from '../../components/OpsFilters.tsx';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RegisterComplaint } from './RegisterComplaint.tsx';
import { ComplaintRates } from './ComplaintRates.tsx';
import { ExportButton, SavedViews, definedOnly } from '../../components/ListTools.tsx';

export const SEVERITIES: ComplaintSeverity[] = ['minor', 'general', 'severe'];
export const DECISIONS: ComplaintDecision[] = ['pending', 'responsible', 'not_responsible'];
const SEVERITY_COLOR = { minor: 'default', general: 'warning', severe: 'error' } as const;
const DECISION_COLOR = { pending: 'processing', responsible: 'error', not_responsible: 'success' } as const;
/**
 * What registering or deciding a complaint changes: the complaints and their rates, the settlement's complaint
 * deductions, the KPI and monthly report figures, the coaching stage analysis and the branch evaluation's
 * re-complaints.
 */
export const COMPLAINT_CHANGES = [
  'complaints',
  'settlements',
  'settlement-inputs',
  'kpi',
  'reports',
  'coaching',
  'branch-evaluation',
];

function Decide({ c }: { c: Complaint }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<ComplaintDecision>(
    c.decision === 'pending' ? 'responsible' : c.decision,
  );
  const [severity, setSeverity] = useState<ComplaintSeverity>(c.severity);
  const [note, setNote] = useState(c.decisionNote ?? '');
  const save = useCommand(
    () =>
      call('patch', '/api/complaints/{id}', {
        params: { id: c.id },
        body: { decision, severity, decisionNote: note.trim() === '' ? null : note.trim() },
      }),
    { invalidates: COMPLAINT_CHANGES, success: t('complaints.decided') },
  );
  return (
    <Space.Compact size="small" style={{ width: '100%' }}>
      <Select
        size="small"
        style={{ width: 120 }}
        value={decision}
        onChange={setDecision}
        options={DECISIONS.map((d) => ({ value: d, label: t(`complaints.decision.${d}`) }))}
        data-testid="complaint-decision"
      />
      <Select
        size="small"
        style={{ width: 80 }}
        value={severity}
        onChange={setSeverity}
        options={SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) }))}
      />
      <Input
        size="small"
        placeholder={t('complaints.decisionNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        size="small"
        type="primary"
        loading={save.busy}
        onClick={() => void save.run()}
        data-testid="complaint-save"
      >
        {t('complaints.decide')}
      </Button>
    </Space.Compact>
  );
}

export function ComplaintsPage() {
  const { t } = useI18n();
  const writes = useMay()('complaints.write');
  const [filters, setFilters] = useOpsFilters();
  const [decision, setDecision] = useState<ComplaintDecision | undefined>();
  const org = useOrg();
  const query = { month: filters.month, vendorId: filters.vendorId, teamId: filters.teamId, decision };
  const list = useApi(`complaints:list:${JSON.stringify(query)}`, (signal) =>
    call('get', '/api/complaints', { query, signal }),
  );
  const agentName = (id: string) => org.data?.agents.find((a) => a.id === id)?.name ?? '';

  const columns: TableColumnsType<Complaint> = [
    { title: t('complaints.receivedOn'), dataIndex: 'receivedOn', width: 100 },
    {
      title: t('kpi.col.agent'),
      dataIndex: 'agentId',
      width: 130,
      render: (id: string) => `${agentName(id)} ${id}`,
    },
    {
      title: t('complaints.severity'),
      dataIndex: 'severity',
      width: 80,
      render: (s: ComplaintSeverity) => <Tag color={SEVERITY_COLOR[s]}>{t(`complaints.severity.${s}`)}</Tag>,
    },
    { title: t('common.description'), dataIndex: 'description', ellipsis: { showTitle: true } },
    {
      title: t('common.conversation'),
      dataIndex: 'conversationId',
      width: 120,
      render: (id: string | null) =>
        id ? <Link to={`/conversations/${encodeURIComponent(id)}`}>{id}</Link> : t('common.none'),
    },
    {
      title: t('complaints.decision'),
      key: 'decision',
      width: writes ? 460 : 200,
      render: (_: unknown, c) => (
        <Flex vertical gap={4}>
          <Space size={4}>
            <Tag color={DECISION_COLOR[c.decision]} data-testid="complaint-decision-tag">
              {t(`complaints.decision.${c.decision}`)}
            </Tag>
            {c.decisionNote ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.decisionNote}
              </Typography.Text>
            ) : null}
          </Space>
          {writes ? <Decide c={c} /> : null}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap justify="space-between">
        <Space size={16} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('complaints.title')}
          </Typography.Title>
          <ExportButton path="/api/complaints" query={query} />
          {/* A view keeps whose complaints and which decision, not the month: it is reused month after month. */}
          <SavedViews
            list="complaints"
            current={definedOnly({ vendorId: filters.vendorId, teamId: filters.teamId, decision })}
            onApply={(v) => {
              setFilters({ vendorId: v['vendorId'], teamId: v['teamId'] });
              setDecision(DECISIONS.find((d) => d === v['decision']));
            }}
          />
          <OpsFilters
            value={filters}
            onChange={setFilters}
            org={org.data}
            extra={
              <Select
                allowClear
                style={{ width: 140 }}
                placeholder={t('complaints.decisionAll')}
                value={decision}
                onChange={setDecision}
                options={DECISIONS.map((d) => ({ value: d, label: t(`complaints.decision.${d}`) }))}
              />
            }
          />
        </Space>
        {writes ? (
          <RegisterComplaint
            org={org.data}
            onRegistered={(day) => {
              // show the new complaint: its month, whatever month the list was filtered to (the command re-read
              // the list already)
              if (day.slice(0, 7) !== filters.month) setFilters({ month: day.slice(0, 7) });
            }}
          />
        ) : null}
      </Flex>
      {list.state === 'error' ? <Alert type="error" showIcon title={describeError(list.error, t)} /> : null}
      <ComplaintRates
        org={org.data}
        {...(filters.vendorId ? { vendorId: filters.vendorId } : {})}
        {...(filters.teamId ? { teamId: filters.teamId } : {})}
      />
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Complaint>
          data-testid="complaints-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.state === 'loading'}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Empty description={t('complaints.empty')} /> }}
        />
      </Card>
    </Flex>
  );
}
