// The conversation list: one row per stored conversation, newest first as the API returns them.
import { Link, useNavigate } from 'react-router-dom';
import { Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PhoneOutlined, MessageOutlined } from '@ant-design/icons';
import type { ConversationRow } from '../../api/types.ts';
import { ScoreTag } from '../../components/ScoreTag.tsx';
import { formatDateTime, formatDuration } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import { PAGE_SIZES } from './filters.ts';

const REVIEW_COLOR = {
  in_review: 'processing',
  reviewed: 'success',
  appealed: 'warning',
  overturned: 'magenta',
} as const;

function columns(t: Translate): TableColumnsType<ConversationRow> {
  return [
    {
      title: t('conversations.col.id'),
      dataIndex: 'id',
      width: 170,
      ellipsis: true,
      render: (id: string) => (
        <Link to={`/conversations/${encodeURIComponent(id)}`} onClick={(e) => e.stopPropagation()}>
          {id}
        </Link>
      ),
    },
    {
      title: t('conversations.col.startedAt'),
      dataIndex: 'startedAt',
      width: 170,
      render: (v: string | null) => formatDateTime(v) || t('common.none'),
    },
    {
      title: t('conversations.col.agent'),
      key: 'agent',
      width: 150,
      ellipsis: true,
      render: (_: unknown, r) =>
        r.agentName ? (
          <span>
            {r.agentName}
            {r.agentId ? <Typography.Text type="secondary"> {r.agentId}</Typography.Text> : null}
          </span>
        ) : (
          (r.agentId ?? t('common.none'))
        ),
    },
    {
      title: t('conversations.col.team'),
      dataIndex: 'teamName',
      width: 120,
      ellipsis: true,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('conversations.col.channel'),
      dataIndex: 'channel',
      width: 90,
      render: (c: ConversationRow['channel']) =>
        c === 'chat' ? (
          <Tag icon={<MessageOutlined />} color="cyan">
            {t('channel.chat')}
          </Tag>
        ) : (
          <Tag icon={<PhoneOutlined />} color="geekblue">
            {t('channel.voice')}
          </Tag>
        ),
    },
    {
      title: t('lists.col.reviewState'),
      dataIndex: 'reviewState',
      width: 100,
      render: (v: ConversationRow['reviewState']) =>
        v === undefined || v === 'unreviewed' ? (
          <Typography.Text type="secondary">{t('lists.reviewState.unreviewed')}</Typography.Text>
        ) : (
          <Tag color={REVIEW_COLOR[v]} data-testid="review-state">
            {t(`lists.reviewState.${v}`)}
          </Tag>
        ),
    },
    {
      title: t('conversations.col.duration'),
      dataIndex: 'durationMs',
      width: 80,
      align: 'right',
      render: (v: number | null) => formatDuration(v) || t('common.none'),
    },
    { title: t('conversations.col.turns'), dataIndex: 'turnCount', width: 64, align: 'right' },
    {
      title: t('conversations.col.score'),
      key: 'score',
      width: 120,
      render: (_: unknown, r) => <ScoreTag score={r.score} fatal={r.fatal} />,
    },
    {
      title: t('conversations.col.hits'),
      dataIndex: 'hitCount',
      width: 64,
      align: 'right',
      render: (v: number | null) => (v === null ? t('common.none') : v),
    },
  ];
}

interface Props {
  rows: readonly ConversationRow[];
  total: number;
  /** False when the server stopped counting at `total` (a list of a million calls is not counted to the end). */
  totalExact?: boolean;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  /** A short list inside a card (agent home): no pager. */
  hidePagination?: boolean;
}

export function ConversationTable({
  rows,
  total,
  totalExact = true,
  page,
  pageSize,
  loading,
  onPage,
  hidePagination,
}: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Table<ConversationRow>
      data-testid="conversations-table"
      rowKey="id"
      size="middle"
      columns={columns(t)}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1020 }}
      rowClassName={() => 'zj-row-link'}
      onRow={(r) => ({ onClick: () => void navigate(`/conversations/${encodeURIComponent(r.id)}`) })}
      locale={{ emptyText: <Empty description={t('conversations.empty')} /> }}
      pagination={
        hidePagination
          ? false
          : {
              current: page,
              pageSize,
              total,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES.map(String),
              showTotal: (n) =>
                totalExact
                  ? t('conversations.total', { total: n })
                  : t('conversations.totalAtLeast', { total: n.toLocaleString() }),
              style: { marginInline: 16 },
              onChange: onPage,
            }
      }
    />
  );
}
