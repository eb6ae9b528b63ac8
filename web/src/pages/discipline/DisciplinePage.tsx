// 差错台账 (seed 000): agents with record-keeping error incidents, their ladder stage (1st demerit + interview,
// 2nd offline training + ¥100 fine, 3rd dismissal recommended) and online status; record an incident, review it
// (only confirmed incidents count), and confirm a stage-2 agent's return (supervisor and client both confirm).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import type { AgentLedger, Incident, Ledger } from '../../api/ops-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { useAuth, useMay } from '../../auth/auth.tsx';
import { OpsFilters, useOpsFilters } from '../../components/OpsFilters.tsx';
import { describeError } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { RecordIncident } from './RecordIncident.tsx';
import { ExportButton, SavedViews, definedOnly } from '../../components/ListTools.tsx';

const STAGE_COLOR = ['default', 'warning', 'orange', 'error'] as const;
const REVIEW_COLOR = { pending: 'processing', confirmed: 'error', rejected: 'default' } as const;
/** A confirmed incident moves the agent's ladder and may fine them (a line on the vendor's statement). */
export const DISCIPLINE_CHANGES = ['discipline', 'settlements', 'settlement-inputs'];

export function DisciplinePage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const may = useMay();
  const me = session.state === 'authenticated' ? session.user.id : '';
  const [filters, setFilters] = useOpsFilters();
  const org = useOrg();
  // which button spins while its review or return confirmation is saved
  const [pending, setPending] = useState<string | null>(null);
  // every agent's incidents are shown unless folded away (the ledger is read per incident)
  const [folded, setFolded] = useState<string[]>([]);
  const query = { vendorId: filters.vendorId, teamId: filters.teamId };
  const ledger = useApi(`discipline:ledger:${JSON.stringify(query)}`, (signal) =>
    api.get<Ledger>('/api/discipline', query, signal),
  );

  const send = useCommand((path: string, body: unknown) => api.post(path, body), {
    invalidates: DISCIPLINE_CHANGES,
    success: t('common.created'),
  });
  const busy = send.busy ? pending : null;
  const post = async (key: string, path: string, body: unknown) => {
    setPending(key);
    await send.run(path, body);
    setPending(null);
  };

  const incidentColumns = (l: AgentLedger): TableColumnsType<Incident> => [
    { title: t('discipline.occurredOn'), dataIndex: 'occurredOn', width: 100 },
    { title: t('common.description'), dataIndex: 'description' },
    {
      title: t('common.conversation'),
      dataIndex: 'conversationId',
      width: 130,
      render: (id: string | null) =>
        id ? <Link to={`/conversations/${encodeURIComponent(id)}`}>{id}</Link> : t('common.none'),
    },
    { title: t('discipline.reporter'), dataIndex: 'reporter', width: 100 },
    {
      title: t('discipline.review'),
      key: 'review',
      width: 230,
      render: (_: unknown, i) => (
        <Space size={4} wrap>
          <Tag color={REVIEW_COLOR[i.review]} data-testid="incident-review">
            {t(`discipline.review.${i.review}`)}
          </Tag>
          {l.finedIncidentIds.includes(i.id) ? <Tag color="red">{t('discipline.fined')}</Tag> : null}
          {/* four eyes: the reporter may not review their own report */}
          {i.review === 'pending' && may('discipline.review') && i.reporter !== me ? (
            <>
              <Button
                size="small"
                type="primary"
                loading={busy === `${i.id}:c`}
                data-testid="incident-confirm"
                onClick={() =>
                  void post(`${i.id}:c`, `/api/discipline/incidents/${encodeURIComponent(i.id)}/review`, {
                    decision: 'confirmed',
                  })
                }
              >
                {t('discipline.confirmReview')}
              </Button>
              <Button
                size="small"
                loading={busy === `${i.id}:r`}
                onClick={() =>
                  void post(`${i.id}:r`, `/api/discipline/incidents/${encodeURIComponent(i.id)}/review`, {
                    decision: 'rejected',
                  })
                }
              >
                {t('discipline.rejectReview')}
              </Button>
            </>
          ) : i.reviewer ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i.reviewer} {formatDateTime(i.reviewedAt)}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];

  const columns: TableColumnsType<AgentLedger> = [
    {
      title: t('kpi.col.agent'),
      key: 'agent',
      width: 160,
      render: (_: unknown, l) => (
        <span>
          {l.agentName} <Typography.Text type="secondary">{l.agentId}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('discipline.col.stage'),
      key: 'stage',
      width: 240,
      render: (_: unknown, l) => (
        <Tag color={STAGE_COLOR[l.stage.stage]} data-testid="discipline-stage">
          {t(`discipline.stage.${l.stage.stage}`)}
        </Tag>
      ),
    },
    {
      title: t('discipline.col.online'),
      key: 'online',
      width: 260,
      render: (_: unknown, l) => {
        const o = l.online;
        switch (o.kind) {
          case 'online':
            return <Tag color="success">{t('discipline.online.online')}</Tag>;
          case 'dismissal-recommended':
            return <Tag color="error">{t('discipline.online.dismissal-recommended')}</Tag>;
          case 'offline-training': {
            // Offline training is stage 2, whose triggering incident is the one a return is confirmed on.
            const trigger = l.stage.kind === 'offline-training-and-fine' ? l.stage.triggeredBy : undefined;
            return (
              <Space size={4} wrap>
                <Tag color="warning">{t('discipline.online.offline-training')}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('discipline.awaiting', {
                    who: o.awaiting.map((r) => t(`discipline.confirmer.${r}`)).join(t('punct.listSeparator')),
                  })}
                </Typography.Text>
                {trigger && may('discipline.confirm') ? (
                  <Button
                    size="small"
                    loading={busy === `${trigger}:ret`}
                    onClick={() =>
                      void post(
                        `${trigger}:ret`,
                        `/api/discipline/incidents/${encodeURIComponent(trigger)}/confirm-return`,
                        {},
                      )
                    }
                  >
                    {t('discipline.confirmReturn')}
                  </Button>
                ) : null}
              </Space>
            );
          }
        }
      },
    },
    {
      title: t('discipline.col.incidents'),
      key: 'n',
      width: 90,
      render: (_: unknown, l) => l.incidents.length,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap justify="space-between">
        <Space size={16} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('discipline.title')}
          </Typography.Title>
          <ExportButton path="/api/discipline" query={query} />
          <SavedViews
            list="discipline"
            current={definedOnly({ vendorId: filters.vendorId, teamId: filters.teamId })}
            onApply={(v) => setFilters({ vendorId: v['vendorId'], teamId: v['teamId'] })}
          />
          <OpsFilters value={filters} onChange={setFilters} org={org.data} month={false} />
          {ledger.data ? (
            <Typography.Text type="secondary">
              {t('discipline.asOf', { date: ledger.data.asOf })}
            </Typography.Text>
          ) : null}
        </Space>
        {may('discipline.write') ? <RecordIncident org={org.data} /> : null}
      </Flex>
      {ledger.state === 'error' ? (
        <Alert type="error" showIcon title={describeError(ledger.error, t)} />
      ) : null}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<AgentLedger>
          data-testid="discipline-table"
          rowKey="agentId"
          size="middle"
          columns={columns}
          dataSource={ledger.data?.agents ?? []}
          loading={ledger.state === 'loading'}
          pagination={false}
          scroll={{ x: 800 }}
          expandable={{
            expandedRowKeys: (ledger.data?.agents ?? [])
              .map((l) => l.agentId)
              .filter((id) => !folded.includes(id)),
            onExpand: (expanded, l) =>
              setFolded((f) => (expanded ? f.filter((id) => id !== l.agentId) : [...f, l.agentId])),
            expandedRowRender: (l) => (
              <Table<Incident>
                size="small"
                rowKey="id"
                pagination={false}
                columns={incidentColumns(l)}
                dataSource={l.incidents}
              />
            ),
          }}
          locale={{ emptyText: <Empty description={t('discipline.empty')} /> }}
        />
      </Card>
    </Flex>
  );
}
