// Webhook 推送 (admin): subscribe another system to the notification events; the signing secret is answered once;
// pause, resume, delete; each subscription's deliveries with attempts, the receiver's last answer and "send again".
import { useState } from 'react';
import {
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { api } from '../../api/client.ts';
import {
  WEBHOOK_EVENTS,
  type WebhookDelivery,
  type WebhookEvent,
  type WebhookSubscription,
} from '../../api/notify-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { SecretOnce } from '../../components/SecretOnce.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const STATUS_COLOR = { pending: 'blue', delivered: 'green', failed: 'red' } as const;

interface Values {
  name: string;
  url: string;
  events?: WebhookEvent[];
  secret?: string;
}

function Deliveries({ hook, onClose }: { hook: WebhookSubscription | null; onClose: () => void }) {
  const { t } = useI18n();
  const list = useApi(
    `webhooks:deliveries:${hook?.id ?? ''}`,
    (signal) =>
      api.get<{ items: WebhookDelivery[] }>(
        `/api/webhooks/${encodeURIComponent(hook?.id ?? '')}/deliveries`,
        undefined,
        signal,
      ),
    { enabled: hook !== null },
  );
  const retry = useCommand((d: WebhookDelivery) => api.post(`/api/webhooks/deliveries/${d.id}/retry`), {
    invalidates: ['webhooks'],
    success: t('webhooks.retried'),
  });
  return (
    <Drawer
      open={hook !== null}
      onClose={onClose}
      title={`${t('webhooks.deliveries')} · ${hook?.name ?? ''}`}
      size="large"
    >
      <Table<WebhookDelivery>
        size="small"
        rowKey="id"
        data-testid="webhook-deliveries"
        loading={list.state === 'loading'}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('webhooks.noDeliveries') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (d) => (
            <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {JSON.stringify(d.payload, null, 2)}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          {
            title: t('webhooks.events'),
            dataIndex: 'event',
            render: (e: string) => t(`notify.kind.${e as WebhookEvent}`),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: WebhookDelivery['status']) => (
              <Tag color={STATUS_COLOR[s]}>{t(`webhooks.status.${s}`)}</Tag>
            ),
          },
          { title: t('webhooks.attempts'), dataIndex: 'attempts', width: 90 },
          {
            title: t('webhooks.lastAnswer'),
            key: 'answer',
            render: (_, d) => d.lastError ?? (d.lastStatusCode === null ? '—' : `HTTP ${d.lastStatusCode}`),
          },
          {
            title: t('common.date'),
            dataIndex: 'createdAt',
            width: 160,
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_, d) =>
              d.status === 'failed' ? (
                <Button size="small" onClick={() => void retry.run(d)}>
                  {t('webhooks.retry')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Drawer>
  );
}

export function WebhooksPage() {
  const { t } = useI18n();
  const hooks = useApi('webhooks:list', (signal) =>
    api.get<{ items: WebhookSubscription[] }>('/api/webhooks', undefined, signal),
  );
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [shown, setShown] = useState<WebhookSubscription | null>(null);
  const [form] = Form.useForm<Values>();

  const setActive = useCommand(
    (h: WebhookSubscription, active: boolean) =>
      api.patch(`/api/webhooks/${encodeURIComponent(h.id)}`, { active }),
    { invalidates: ['webhooks'] },
  );
  const remove = useCommand(
    (h: WebhookSubscription) => api.delete(`/api/webhooks/${encodeURIComponent(h.id)}`),
    { invalidates: ['webhooks'] },
  );
  const subscribe = useCommand(
    (v: Values) =>
      api.post<WebhookSubscription & { secret: string }>('/api/webhooks', {
        name: v.name.trim(),
        url: v.url.trim(),
        events: v.events ?? [],
        ...(v.secret?.trim() ? { secret: v.secret.trim() } : {}),
      }),
    { invalidates: ['webhooks'] },
  );
  const create = async (v: Values) => {
    const done = await subscribe.run(v);
    if (!done) return;
    form.resetFields();
    setOpen(false);
    setSecret(done.value.secret);
  };

  const kindOptions = WEBHOOK_EVENTS.map((k) => ({ value: k, label: t(`notify.kind.${k}`) }));

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('webhooks.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setOpen(true)} data-testid="webhook-new">
          {t('webhooks.new')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('webhooks.hint')}</Typography.Text>
      <Card size="small">
        {hooks.state === 'error' && !hooks.data ? (
          <ErrorState error={hooks.error} onRetry={hooks.reload} />
        ) : !hooks.data ? (
          <LoadingBlock />
        ) : (
          <Table<WebhookSubscription>
            size="small"
            rowKey="id"
            data-testid="webhooks-table"
            dataSource={hooks.data.items}
            locale={{ emptyText: t('webhooks.empty') }}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              { title: t('common.name'), dataIndex: 'name' },
              { title: t('webhooks.url'), dataIndex: 'url', ellipsis: true },
              {
                title: t('ws.format'),
                dataIndex: 'format',
                render: (f: WebhookSubscription['format']) => <Tag>{t(`ws.format.${f}`)}</Tag>,
              },
              {
                title: t('webhooks.events'),
                dataIndex: 'events',
                render: (ev: WebhookEvent[]) =>
                  ev.length === 0
                    ? t('webhooks.allEvents')
                    : ev.map((k) => <Tag key={k}>{t(`notify.kind.${k}`)}</Tag>),
              },
              {
                title: t('common.status'),
                dataIndex: 'active',
                width: 90,
                render: (a: boolean) => (
                  <Tag color={a ? 'green' : 'default'}>{a ? t('webhooks.active') : t('webhooks.paused')}</Tag>
                ),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 250,
                render: (_, h) => (
                  <Space size={4} wrap>
                    <Button size="small" onClick={() => setShown(h)} data-testid="webhook-deliveries-open">
                      {t('webhooks.deliveries')}
                    </Button>
                    <Button size="small" onClick={() => void setActive.run(h, !h.active)}>
                      {h.active ? t('webhooks.pause') : t('webhooks.resume')}
                    </Button>
                    <Popconfirm
                      title={t('webhooks.deleteConfirm', { name: h.name })}
                      onConfirm={() => void remove.run(h)}
                    >
                      <Button size="small" danger>
                        {t('webhooks.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={open}
        title={t('webhooks.new')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={subscribe.busy}
        forceRender
      >
        <Form form={form} layout="vertical" data-testid="webhook-form" onFinish={(v) => void create(v)}>
          <Form.Item
            name="name"
            label={t('common.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="url"
            label={t('webhooks.url')}
            rules={[{ required: true, type: 'url', message: t('common.required') }]}
          >
            <Input placeholder="https://example.com/zhijian-hook" />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('ws.formatHint')}</Typography.Paragraph>
          <Form.Item
            name="secret"
            label={t('ws.secret')}
            extra={t('ws.secretHint')}
            rules={[{ min: 8, max: 200, message: t('common.required') }]}
          >
            <Input.Password autoComplete="off" maxLength={200} />
          </Form.Item>
          <Form.Item name="events" label={t('webhooks.events')} extra={t('webhooks.allEvents')}>
            <Select mode="multiple" allowClear options={kindOptions} />
          </Form.Item>
        </Form>
      </Modal>
      <SecretOnce
        title={t('webhooks.secretTitle')}
        secret={secret}
        onClose={() => setSecret(null)}
        testId="webhook-secret"
      />
      <Deliveries hook={shown} onClose={() => setShown(null)} />
    </Flex>
  );
}
