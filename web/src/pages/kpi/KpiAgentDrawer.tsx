// One agent's KPI for the month with everything it was computed from: the three items with numerator and
// denominator, the daily call statistics (imported or derived), the QA scores, complaints and incidents.
import { Link } from 'react-router-dom';
import { Alert, Descriptions, Drawer, Empty, Flex, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { KpiAgentDetail, KpiItemKey } from '../../api/ops-types.ts';
import { useApi } from '../../api/useApi.ts';
import { ScoreTag } from '../../components/ScoreTag.tsx';
import { describeError, LoadingBlock } from '../../components/States.tsx';
import { formatPercent, formatYuan } from '../../format/money.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { MoneyCell } from './KpiPage.tsx';

const ITEMS: KpiItemKey[] = ['answerRate', 'satisfaction', 'qa'];

export function KpiAgentDrawer({
  agentId,
  month,
  onClose,
}: {
  agentId: string | null;
  month: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const detail = useApi(`kpi:agent:${agentId ?? ''}:${month}`, (signal) =>
    agentId
      ? api.get<KpiAgentDetail>(`/api/kpi/${encodeURIComponent(agentId)}`, { month }, signal)
      : Promise.resolve(null),
  );
  const d = detail.data;
  const k = d?.kpi ?? null;
  const itemLabel = {
    answerRate: t('kpi.item.answerRate'),
    satisfaction: t('kpi.item.satisfaction'),
    qa: t('kpi.item.qa'),
  };

  let body;
  if (detail.state === 'error') body = <Alert type="error" showIcon title={describeError(detail.error, t)} />;
  else if (detail.state === 'loading' || !d) body = <LoadingBlock rows={8} />;
  else
    body = (
      <Flex vertical gap={16} data-testid="kpi-detail">
        {k ? (
          <>
            <Descriptions size="small" column={3} bordered>
              <Descriptions.Item label={t('kpi.col.total')}>{k.points.total.toFixed(2)}</Descriptions.Item>
              <Descriptions.Item label={t('kpi.col.money')}>
                <MoneyCell row={k} />
              </Descriptions.Item>
              <Descriptions.Item label={t('kpi.detail.fee')}>{formatYuan(k.monthlyFeeFen)}</Descriptions.Item>
            </Descriptions>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={ITEMS.map((key) => ({ key, ...k.items[key] }))}
              columns={[
                { title: t('kpi.detail.items'), key: 'n', render: (_: unknown, r) => itemLabel[r.key] },
                {
                  title: t('kpi.detail.value'),
                  key: 'v',
                  render: (_: unknown, r) =>
                    r.kind === 'no-data'
                      ? `${t('settle.noData')} · ${t(
                          r.noDataRule === 'zero' ? 'settle.missing.zero' : 'settle.missing.base',
                          { points: r.points },
                        )}`
                      : r.key === 'qa'
                        ? (r.value ?? 0).toFixed(2)
                        : formatPercent(r.value),
                },
                {
                  title: t('kpi.detail.basis'),
                  key: 'b',
                  render: (_: unknown, r) =>
                    r.numerator !== null && r.denominator !== null ? `${r.numerator} / ${r.denominator}` : '',
                },
                {
                  title: t('kpi.detail.points'),
                  key: 'p',
                  render: (_: unknown, r) => (
                    <span>
                      {r.points.toFixed(2)}{' '}
                      {r.clamped ? <Tag>{t(`kpi.detail.clamped.${r.clamped}`)}</Tag> : null}
                    </span>
                  ),
                },
              ]}
            />
            <Typography.Text type="secondary">
              {t('kpi.detail.policy', { version: k.policyVersion })}
            </Typography.Text>
          </>
        ) : (
          <Empty description={t('kpi.empty')} />
        )}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('kpi.detail.daily')}
        </Typography.Title>
        <Table
          size="small"
          rowKey={(r) => `${r.date}:${r.source}`}
          pagination={false}
          scroll={{ x: 700, y: 220 }}
          dataSource={d.daily}
          locale={{ emptyText: t('common.noData') }}
          columns={[
            { title: t('common.date'), dataIndex: 'date', width: 100 },
            {
              title: t('kpi.daily.source'),
              key: 's',
              width: 130,
              render: (_: unknown, r) =>
                r.counted ? r.source : <Tag title={t('kpi.detail.notCounted')}>{r.source} ✕</Tag>,
            },
            { title: t('kpi.daily.offered'), dataIndex: 'offered' },
            { title: t('kpi.daily.answered'), dataIndex: 'answered' },
            { title: t('kpi.daily.within20s'), dataIndex: 'answeredWithin20s' },
            { title: t('kpi.daily.abandoned'), dataIndex: 'abandonedInQueue' },
            { title: t('kpi.daily.rated'), dataIndex: 'rated' },
            { title: t('kpi.daily.satisfied'), dataIndex: 'satisfied' },
          ]}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('kpi.detail.qaScores')}
        </Typography.Title>
        <Table
          size="small"
          rowKey="conversationId"
          pagination={{ pageSize: 10, size: 'small' }}
          dataSource={d.qaScores}
          locale={{ emptyText: t('common.noData') }}
          columns={[
            {
              title: t('common.conversation'),
              dataIndex: 'conversationId',
              render: (id: string) => <Link to={`/conversations/${encodeURIComponent(id)}`}>{id}</Link>,
            },
            {
              title: t('conversations.col.startedAt'),
              dataIndex: 'startedAt',
              render: (v: string) => v.replace('T', ' '),
            },
            {
              title: t('conversations.col.score'),
              dataIndex: 'total',
              render: (v: number) => <ScoreTag score={v} />,
            },
          ]}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('kpi.detail.complaints')}
        </Typography.Title>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.complaints}
          locale={{ emptyText: t('common.noData') }}
          columns={[
            { title: t('complaints.receivedOn'), dataIndex: 'receivedOn', width: 100 },
            {
              title: t('complaints.severity'),
              dataIndex: 'severity',
              width: 80,
              render: (s: 'minor' | 'general' | 'severe') => t(`complaints.severity.${s}`),
            },
            {
              title: t('complaints.decision'),
              dataIndex: 'decision',
              width: 110,
              render: (s: 'pending' | 'responsible' | 'not_responsible') => t(`complaints.decision.${s}`),
            },
            { title: t('common.description'), dataIndex: 'description', ellipsis: true },
          ]}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('kpi.detail.incidents')}
        </Typography.Title>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.incidents}
          locale={{ emptyText: t('common.noData') }}
          columns={[
            { title: t('discipline.occurredOn'), dataIndex: 'occurredOn', width: 100 },
            {
              title: t('discipline.review'),
              dataIndex: 'review',
              width: 90,
              render: (s: 'pending' | 'confirmed' | 'rejected') => t(`discipline.review.${s}`),
            },
            { title: t('common.description'), dataIndex: 'description', ellipsis: true },
          ]}
        />
      </Flex>
    );

  return (
    <Drawer
      open={agentId !== null}
      onClose={onClose}
      size="large"
      title={agentId ? t('kpi.detail.title', { name: k?.agentName ?? agentId, id: agentId, month }) : ''}
    >
      {body}
    </Drawer>
  );
}
