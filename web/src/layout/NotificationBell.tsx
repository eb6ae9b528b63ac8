// The header bell: unread count, the latest notifications in a popover, a click opens what it is about and marks it
// read; "mark all read" and a link to the whole inbox.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { api } from '../api/client.ts';
import type { AppNotification, NotificationPage } from '../api/notify-types.ts';
import { useCommand } from '../api/queries.ts';
import { useApi } from '../api/useApi.ts';
import { formatDateTime } from '../format/time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { notificationText, notificationTitle } from '../notify/describe.ts';
import { useNotifications } from '../notify/NotificationsProvider.tsx';

export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { summary } = useNotifications();
  const [open, setOpen] = useState(false);
  // read each time the popover opens (the cached answer is re-read on enabling, shown as loading meanwhile) and
  // whenever a command changes notifications
  const latestQuery = { pageSize: 8 };
  const latest = useApi(
    `notifications:${JSON.stringify(latestQuery)}`,
    (signal) => api.get<NotificationPage>('/api/notifications', latestQuery, signal),
    { enabled: open },
  );
  // re-reads the unread summary (badges, the bell's count) and every notification list
  const read = useCommand((ids?: number[]) => api.post('/api/notifications/read', ids ? { ids } : {}), {
    invalidates: ['notifications'],
  });
  const markRead = (ids?: number[]) => read.run(ids);

  const openOne = (n: AppNotification) => {
    setOpen(false);
    if (!n.readAt) void markRead([n.id]);
    void navigate(n.link);
  };

  const content = (
    <Flex vertical gap={8} style={{ width: 'min(380px, 86vw)' }} data-testid="notification-popover">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('notify.title')}</Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={summary.unread === 0}
          onClick={() => void markRead()}
          data-testid="notification-read-all"
        >
          {t('notify.markAllRead')}
        </Button>
      </Flex>
      {latest.data && latest.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notify.empty')} />
      ) : (
        <List<AppNotification>
          size="small"
          loading={latest.state !== 'ok'}
          dataSource={latest.data?.items ?? []}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              onClick={() => openOne(n)}
              style={{ cursor: 'pointer', background: n.readAt ? undefined : '#e6f4ff', paddingInline: 8 }}
              data-testid="notification-item"
            >
              <List.Item.Meta
                title={
                  <Flex justify="space-between" gap={8}>
                    <span>{notificationTitle(n, t)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                      {formatDateTime(n.createdAt).slice(5, 16)}
                    </Typography.Text>
                  </Flex>
                }
                description={notificationText(n, t)}
              />
            </List.Item>
          )}
        />
      )}
      <Button
        type="link"
        onClick={() => {
          setOpen(false);
          void navigate('/notifications');
        }}
        data-testid="notification-all"
      >
        {t('notify.viewAll')}
      </Button>
    </Flex>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button
        type="text"
        aria-label={t('notify.bell')}
        data-testid="notification-bell"
        icon={
          <Badge count={summary.unread} size="small" data-testid="notification-count">
            <BellOutlined style={{ fontSize: 16 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
