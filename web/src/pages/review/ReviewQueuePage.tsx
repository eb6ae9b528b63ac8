// 复核: the inspector's queue (a QA lead sees every task), open tasks first, oldest first as the API orders them;
// the QA lead filters by inspector and sees who holds each task; everyone may narrow to one conversation.
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, Flex, Input, Segmented, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import type { Page, ReviewTask } from '../../api/types.ts';
import type { Account } from '../../api/admin-types.ts';
import { useMay } from '../../auth/auth.tsx';
import { useApi } from '../../api/useApi.ts';
import { ScoreTag } from '../../components/ScoreTag.tsx';
import { describeError } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReasonTags } from './ReasonTags.tsx';
import { ExportButton, SavedViews, definedOnly } from '../../components/ListTools.tsx';

const PAGE_SIZE = 20;

export function ReviewQueuePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'finalized' ? 'finalized' : 'open';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const inspector = params.get('inspector') ?? undefined;
  const conversationId = params.get('conversation') ?? undefined;
  // An inspector's queue is always their own (the API narrows it); the QA lead and admin see and filter by inspector.
  const seesAll = useMay()('review.tasks.assign');
  const query = { status, page, pageSize: PAGE_SIZE, inspector, conversationId };
  const setFilter = (patch: Record<string, string | undefined>) => {
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries({ status, inspector, conversation: conversationId, ...patch }))
      if (v) next[k] = v;
    setParams(next);
  };
  // the same request (and key) as the user list unfiltered
  const reviewers = useApi(
    'users::false',
    (signal) => api.get<{ items: Account[] }>('/api/users', undefined, signal),
    { enabled: seesAll },
  );
  const nameOf = new Map((reviewers.data?.items ?? []).map((u) => [u.id, u.displayName || u.username]));
  const tasks = useApi(`review:tasks:${JSON.stringify(query)}`, (signal) =>
    api.get<Page<ReviewTask>>('/api/review/tasks', query, signal),
  );

  const columns: TableColumnsType<ReviewTask> = [
    { title: t('review.col.task'), dataIndex: 'id', width: 80, render: (id: number) => `#${id}` },
    { title: t('review.col.conversation'), dataIndex: 'conversationId', ellipsis: true },
    {
      title: t('conversations.col.agent'),
      dataIndex: 'agentId',
      width: 90,
      render: (v: string | null) => v ?? t('common.none'),
    },
    ...(seesAll
      ? [
          {
            title: t('reviewFlow.inspector'),
            dataIndex: 'inspectorUserId',
            width: 110,
            render: (v: string) => <span data-testid="review-inspector">{nameOf.get(v) ?? v}</span>,
          },
        ]
      : []),
    {
      title: t('review.col.reasons'),
      key: 'reasons',
      render: (_: unknown, r) => <ReasonTags reasons={r.reasons} />,
    },
    {
      title: t('review.col.machine'),
      key: 'machine',
      width: 100,
      render: (_: unknown, r) => <ScoreTag score={r.machineTotal} />,
    },
    {
      title: t('review.col.final'),
      key: 'final',
      width: 110,
      render: (_: unknown, r) =>
        r.finalTotal === null ? t('common.none') : <ScoreTag score={r.finalTotal} fatal={r.finalFatal} />,
    },
    {
      title: t('review.col.created'),
      dataIndex: 'createdAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('review.col.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: ReviewTask['status']) => (
        <Tag color={s === 'open' ? 'processing' : 'success'}>{t(`review.status.${s}`)}</Tag>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('review.title')}
        </Typography.Title>
        <ExportButton path="/api/review/tasks" query={query} />
        <SavedViews
          list="review-tasks"
          current={definedOnly({ status, inspector, conversation: conversationId })}
          onApply={(v) => setParams(v)}
        />
        <Segmented
          value={status}
          options={[
            { value: 'open', label: t('review.status.open') },
            { value: 'finalized', label: t('review.status.finalized') },
          ]}
          onChange={(v) => setFilter({ status: String(v) })}
        />
        {seesAll ? (
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('reviewFlow.allInspectors')}
            value={inspector}
            onChange={(v: string | undefined) => setFilter({ inspector: v })}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="review-filter-inspector"
            options={(reviewers.data?.items ?? [])
              .filter((u) => u.role === 'qa_inspector' || u.role === 'qa_lead')
              .map((u) => ({ value: u.id, label: u.displayName || u.username }))}
          />
        ) : null}
        <Input.Search
          allowClear
          style={{ maxWidth: 240 }}
          placeholder={t('reviewFlow.searchConversation')}
          defaultValue={conversationId}
          onSearch={(v) => setFilter({ conversation: v.trim() || undefined })}
          data-testid="review-filter-conversation"
        />
      </Flex>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {tasks.state === 'error' ? (
          <Alert type="error" showIcon style={{ margin: 12 }} title={describeError(tasks.error, t)} />
        ) : null}
        <Table<ReviewTask>
          data-testid="review-queue"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          loading={tasks.state === 'loading'}
          rowClassName={() => 'zj-row-link'}
          onRow={(r) => ({ onClick: () => void navigate(`/review/${r.id}`) })}
          locale={{ emptyText: <Empty description={t('review.empty')} /> }}
          scroll={{ x: 900 }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: tasks.data?.total ?? 0,
            showTotal: (n) => t('conversations.total', { total: n }),
            style: { marginInline: 16 },
            onChange: (p) => setFilter({ page: String(p) }),
          }}
        />
      </Card>
    </Flex>
  );
}
