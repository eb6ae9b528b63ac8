// 通知中心: every notification of the caller, newest first, unread highlighted; opening one goes to what it is
// about and marks it read.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Card, Flex, Switch, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { AppNotification, NotificationPage } from '../../api/notify-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { notificationText, notificationTitle } from '../../notify/describe.ts';
import { useNotifications } from '../../notify/NotificationsProvider.tsx';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { summary, refresh } = useNotifications();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  // the unread count is part of the key so that a notification arriving (the summary's poll) re-reads the page
  const list = useApi(`notifications:list:${unreadOnly}:${page}:${summary.unread}`, (signal) =>
    api.get<NotificationPage>(
      '/api/notifications',
      { unread: unreadOnly ? 'true' : undefined, page, pageSize: PAGE_SIZE },
      signal,
    ),
  );

  const read = useCommand((ids?: number[]) => api.post('/api/notifications/read', ids ? { ids } : {}), {
    invalidates: ['notifications'],
  });
  const markRead = async (ids?: number[]) => {
    // the unread summary (bell, menu badges) is kept by its provider, outside the query cache
    if (await read.run(ids)) refresh();
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('notify.title')}{' '}
          <Tag color={summary.unread > 0 ? 'blue' : 'default'} data-testid="notifications-unread">
            {t('notify.unreadCount', { count: summary.unread })}
          </Tag>
        </Typography.Title>
        <Flex gap={12} align="center">
          <Switch
            checked={unreadOnly}
            onChange={(v) => {
              setUnreadOnly(v);
              setPage(1);
            }}
          />
          <span>{t('notify.unreadOnly')}</span>
          <Button
            disabled={summary.unread === 0}
            onClick={() => void markRead()}
            data-testid="notifications-read-all"
          >
            {t('notify.markAllRead')}
          </Button>
        </Flex>
      </Flex>
      <Card size="small">
        {list.state === 'error' && !list.data ? (
          <ErrorState error={list.error} onRetry={list.reload} />
        ) : !list.data ? (
          <LoadingBlock />
        ) : (
          <Table<AppNotification>
            size="small"
            rowKey="id"
            data-testid="notifications-table"
            loading={list.state === 'loading'}
            dataSource={list.data.items}
            locale={{ emptyText: t('notify.empty') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data.total,
              onChange: setPage,
              hideOnSinglePage: true,
            }}
            scroll={{ x: 720 }}
            onRow={(n) => ({
              onClick: () => {
                if (!n.readAt) void markRead([n.id]);
                void navigate(n.link);
              },
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                title: t('common.status'),
                key: 'read',
                width: 70,
                render: (_, n) => <Badge status={n.readAt ? 'default' : 'processing'} />,
              },
              {
                title: t('notify.bell'),
                key: 'kind',
                width: 150,
                render: (_, n) => (
                  <Typography.Text strong={!n.readAt}>{notificationTitle(n, t)}</Typography.Text>
                ),
              },
              { title: t('common.description'), key: 'text', render: (_, n) => notificationText(n, t) },
              {
                title: t('common.date'),
                dataIndex: 'createdAt',
                width: 170,
                render: (v: string) => formatDateTime(v),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 110,
                render: (_, n) =>
                  n.readAt ? null : (
                    <Button
                      size="small"
                      type="link"
                      onClick={(e) => {
                        e.stopPropagation();
                        void markRead([n.id]);
                      }}
                    >
                      {t('notify.markRead')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
