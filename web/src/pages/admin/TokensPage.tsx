// API 令牌: tokens for integrations (send as `Authorization: Bearer …`). The caller's own; the admin sees every
// token and may issue one for another (service) account. The secret is answered once at creation; revoking is
// immediate and kept for the record.
import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import type { Account, ApiToken } from '../../api/admin-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useMay } from '../../auth/auth.tsx';
import { SecretOnce } from '../../components/SecretOnce.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime, startOfZonedDay, nextDay } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const STATE_COLOR = { active: 'green', revoked: 'default', expired: 'orange' } as const;

interface Values {
  name: string;
  userId?: string;
  actions?: string[];
  expiresOn?: Dayjs;
}

export function TokensPage() {
  const { t } = useI18n();
  const admin = useMay()('tokens.manage.any');
  const tokens = useApi('tokens', (signal) =>
    api.get<{ items: ApiToken[] }>('/api/tokens', undefined, signal),
  );
  // the same request (and key) as the user list without filters; only the admin picks a token's account
  const accounts = useApi(
    'users::false',
    (signal) => api.get<{ items: Account[] }>('/api/users', undefined, signal),
    { enabled: admin },
  );
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();

  const issue = useCommand(
    (v: Values) =>
      api.post<{ token: ApiToken; secret: string }>('/api/tokens', {
        name: v.name.trim(),
        ...(v.userId ? { userId: v.userId } : {}),
        ...(v.actions?.length ? { actions: v.actions } : {}),
        // valid through the picked day in the contact center's zone
        ...(v.expiresOn ? { expiresAt: startOfZonedDay(nextDay(v.expiresOn.format('YYYY-MM-DD'))) } : {}),
      }),
    { invalidates: ['tokens'] },
  );
  const create = async (v: Values) => {
    const done = await issue.run(v);
    if (!done) return;
    form.resetFields();
    setOpen(false);
    setSecret(done.value.secret);
  };

  const revoke = useCommand((tok: ApiToken) => api.delete(`/api/tokens/${encodeURIComponent(tok.id)}`), {
    invalidates: ['tokens'],
    success: t('tokens.revoked'),
  });

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('tokens.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setOpen(true)} data-testid="token-new">
          {t('tokens.new')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('tokens.hint')}</Typography.Text>
      <Card size="small">
        {tokens.state === 'error' && !tokens.data ? (
          <ErrorState error={tokens.error} onRetry={tokens.reload} />
        ) : !tokens.data ? (
          <LoadingBlock />
        ) : (
          <Table<ApiToken>
            size="small"
            rowKey="id"
            data-testid="tokens-table"
            loading={tokens.state === 'loading'}
            dataSource={tokens.data.items}
            locale={{ emptyText: t('tokens.empty') }}
            pagination={{ pageSize: 15, hideOnSinglePage: true }}
            scroll={{ x: 1000 }}
            columns={[
              { title: t('common.name'), dataIndex: 'name' },
              { title: t('tokens.owner'), dataIndex: 'username', width: 120 },
              {
                title: t('tokens.actions'),
                dataIndex: 'actions',
                render: (a: string[] | null) =>
                  a === null ? t('tokens.allActions') : a.map((x) => <Tag key={x}>{x}</Tag>),
              },
              {
                title: t('common.status'),
                dataIndex: 'state',
                width: 90,
                render: (s: ApiToken['state']) => (
                  <Tag color={STATE_COLOR[s]} data-testid="token-state">
                    {t(`tokens.state.${s}`)}
                  </Tag>
                ),
              },
              {
                title: t('review.col.created'),
                dataIndex: 'createdAt',
                width: 160,
                render: (v: string) => formatDateTime(v),
              },
              {
                title: t('tokens.lastUsed'),
                dataIndex: 'lastUsedAt',
                width: 160,
                render: (v: string | null) => (v ? formatDateTime(v) : '—'),
              },
              {
                title: t('tokens.expires'),
                dataIndex: 'expiresAt',
                width: 160,
                render: (v: string | null) => (v ? formatDateTime(v) : t('tokens.never')),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 90,
                fixed: 'right',
                render: (_, tok) =>
                  tok.state === 'active' ? (
                    <Popconfirm
                      title={t('tokens.revokeConfirm', { name: tok.name })}
                      onConfirm={() => void revoke.run(tok)}
                    >
                      <Button size="small" danger data-testid="token-revoke">
                        {t('tokens.revoke')}
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={open}
        title={t('tokens.new')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={issue.busy}
        forceRender
      >
        <Form form={form} layout="vertical" data-testid="token-form" onFinish={(v) => void create(v)}>
          <Form.Item
            name="name"
            label={t('common.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={100} placeholder={t('tokens.namePlaceholder')} />
          </Form.Item>
          {admin ? (
            <Form.Item name="userId" label={t('tokens.owner')} extra={t('tokens.ownerHint')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={(accounts.data?.items ?? []).map((u) => ({
                  value: u.id,
                  label: `${u.displayName} (${u.username})`,
                }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="actions" label={t('tokens.actions')} extra={t('tokens.actionsHint')}>
            <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('tokens.expires')}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
      <SecretOnce
        title={t('tokens.created')}
        secret={secret}
        onClose={() => setSecret(null)}
        testId="token-secret"
      />
    </Flex>
  );
}
