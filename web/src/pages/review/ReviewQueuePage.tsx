// 复核: the inspector's queue (a QA lead sees every task), open tasks first, oldest first as the API orders them.
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import type { Page, ReviewTask } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { ScoreTag } from '../../components/ScoreTag.tsx';
import { describeError } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReasonTags } from './ReasonTags.tsx';

const PAGE_SIZE = 20;

export function ReviewQueuePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'finalized' ? 'finalized' : 'open';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const query = { status, page, pageSize: PAGE_SIZE };
  const tasks = useApi(JSON.stringify(query), (signal) =>
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
      <Flex align="center" gap={16}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('review.title')}
        </Typography.Title>
        <Segmented
          value={status}
          options={[
            { value: 'open', label: t('review.status.open') },
            { value: 'finalized', label: t('review.status.finalized') },
          ]}
          onChange={(v) => setParams({ status: String(v) })}
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
            onChange: (p) => setParams({ status, page: String(p) }),
          }}
        />
      </Card>
    </Flex>
  );
}
