// 申诉: leaders' inbox (team leader: their team; QA lead: all) to uphold or reject each appeal with a reason —
// an upheld appeal removes the deduction and the final score updates at once — and, for an agent, their
// reviewed conversations to appeal a deduction from, and their appeals with the outcome.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, Flex, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import type { Appeal, AppealStatus, Page } from '../../api/types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useMay } from '../../auth/auth.tsx';
import { formatScore } from '../../components/ScoreTag.tsx';
import { describeError } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { MyReviews } from './MyReviews.tsx';
import { ExportButton, SavedViews } from '../../components/ListTools.tsx';

const STATUS_COLOR: Record<AppealStatus, string> = {
  open: 'processing',
  upheld: 'success',
  rejected: 'default',
};

function Decide({ appeal }: { appeal: Appeal }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  // an upheld appeal removes the deduction: the review, the conversation's final score and everything summing
  // scores change; the agent is notified
  const decideCmd = useCommand(
    (outcome: 'upheld' | 'rejected', why: string) =>
      api.post(`/api/appeals/${appeal.id}/decision`, { outcome, reason: why }),
    {
      invalidates: [
        'appeals',
        'review',
        'reviews',
        'conversations',
        'stats',
        'dashboard',
        'kpi',
        'notifications',
      ],
      success: t('appeals.decided'),
    },
  );
  const busy = decideCmd.busy;
  const decide = async (outcome: 'upheld' | 'rejected') => {
    if (reason.trim() === '') {
      void message.warning(t('appeals.decisionRequired'));
      return;
    }
    await decideCmd.run(outcome, reason.trim());
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        size="small"
        placeholder={t('appeals.decisionReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-testid="appeal-decision-reason"
      />
      <Button
        size="small"
        type="primary"
        loading={busy}
        onClick={() => void decide('upheld')}
        data-testid="appeal-uphold"
      >
        {t('appeals.uphold')}
      </Button>
      <Button
        size="small"
        danger
        loading={busy}
        onClick={() => void decide('rejected')}
        data-testid="appeal-reject"
      >
        {t('appeals.rejectAppeal')}
      </Button>
    </Space.Compact>
  );
}

export function AppealsPage() {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const [params, setParams] = useSearchParams();
  const may = useMay();
  const decides = may('appeals.decide');
  const status = (params.get('status') ?? (decides ? 'open' : 'all')) as AppealStatus | 'all';
  const query = { status: status === 'all' ? undefined : status, pageSize: 100 };
  const appeals = useApi(`appeals:${JSON.stringify(query)}`, (signal) =>
    api.get<Page<Appeal>>('/api/appeals', query, signal),
  );

  const columns: TableColumnsType<Appeal> = [
    {
      title: t('appeals.col.filed'),
      dataIndex: 'filedAt',
      width: 160,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('review.col.conversation'),
      key: 'conv',
      width: 150,
      ellipsis: true,
      render: (_: unknown, a) =>
        a.conversationId ? (
          <Link to={`/conversations/${encodeURIComponent(a.conversationId)}`}>{a.conversationId}</Link>
        ) : (
          `#${a.taskId}`
        ),
    },
    { title: t('conversations.col.agent'), dataIndex: 'agentId', width: 80 },
    {
      title: t('appeals.col.target'),
      key: 'target',
      width: 140,
      render: (_: unknown, a) => (a.rule ? ruleName(a.rule) : t('appeals.item', { item: a.item ?? '' })),
    },
    { title: t('appeals.col.reason'), dataIndex: 'reason', ellipsis: { showTitle: true } },
    {
      title: t('appeals.col.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: AppealStatus) => (
        <Tag color={STATUS_COLOR[s]} data-testid="appeal-status">
          {t(`appeals.status.${s}`)}
        </Tag>
      ),
    },
    {
      title: t('appeals.col.decision'),
      key: 'decision',
      width: decides ? 330 : 220,
      render: (_: unknown, a) =>
        a.status === 'open' ? (
          decides ? (
            <Decide appeal={a} />
          ) : (
            t('common.none')
          )
        ) : (
          <Flex vertical>
            <Typography.Text style={{ fontSize: 12 }}>{a.decisionReason}</Typography.Text>
            {a.totalBefore !== null && a.totalAfter !== null ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="appeal-score-change">
                {t('punct.labelValue', {
                  label: t('appeals.col.score'),
                  value: `${formatScore(a.totalBefore)} → ${formatScore(a.totalAfter)}`,
                })}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('appeals.title')}
        </Typography.Title>
        <ExportButton path="/api/appeals" query={query} />
        <SavedViews list="appeals" current={{ status }} onApply={(v) => setParams(v)} />
        <Segmented
          value={status}
          options={[
            { value: 'all', label: t('rules.allChannels') },
            { value: 'open', label: t('appeals.status.open') },
            { value: 'upheld', label: t('appeals.status.upheld') },
            { value: 'rejected', label: t('appeals.status.rejected') },
          ]}
          onChange={(v) => setParams({ status: String(v) })}
        />
      </Flex>
      {may('appeals.file') ? <MyReviews /> : null}
      <Card
        size="small"
        title={may('appeals.file') ? t('appeals.mine') : t('appeals.inbox')}
        styles={{ body: { padding: 0 } }}
      >
        {appeals.state === 'error' ? (
          <Alert type="error" showIcon style={{ margin: 12 }} title={describeError(appeals.error, t)} />
        ) : null}
        <Table<Appeal>
          data-testid="appeals-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={appeals.data?.items ?? []}
          loading={appeals.state === 'loading'}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Empty description={t('appeals.empty')} /> }}
        />
      </Card>
    </Flex>
  );
}
