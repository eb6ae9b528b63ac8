// 用户管理: accounts in the caller's scope (users.read). The admin and a vendor manager (inside their vendor)
// create, edit, disable/enable accounts and reset passwords (users.manage); a generated password is shown once.
import { useMemo, useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { api } from '../../api/client.ts';
import { USER_ROLES } from '../../api/admin-types.ts';
import type { Account, UserRole } from '../../api/admin-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { useAuth, useMay } from '../../auth/auth.tsx';
import { SecretOnce } from '../../components/SecretOnce.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel } from '../../i18n/labels.ts';
import { UserForm } from './UserForm.tsx';
import type { UserValues } from './UserForm.tsx';

const scopeIds = (v: UserValues) => ({
  agentId: v.role === 'agent' ? (v.agentId ?? null) : null,
  teamId: v.role === 'team_leader' ? (v.teamId ?? null) : null,
  vendorId: v.role === 'vendor_manager' ? (v.vendorId ?? null) : null,
});

export function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { session } = useAuth();
  const me = session.state === 'authenticated' ? session.user : null;
  const manager = useMay()('users.manage');
  const org = useOrg();
  const [role, setRole] = useState<UserRole | undefined>();
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [q, setQ] = useState('');
  const users = useApi(`users:${role ?? ''}:${includeDisabled}`, (signal) =>
    api.get<{ items: Account[] }>(
      '/api/users',
      { role, includeDisabled: includeDisabled ? 'true' : undefined },
      signal,
    ),
  );
  const [form, setForm] = useState<{ editing: Account | null } | null>(null);
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const v of org.data?.vendors ?? []) m.set(v.id, v.name);
    for (const x of org.data?.teams ?? []) m.set(x.id, x.name);
    for (const a of org.data?.agents ?? []) m.set(a.id, `${a.name} ${a.id}`);
    return (id: string) => m.get(id) ?? id;
  }, [org.data]);

  // users.manage commands; each re-reads the user list (and anything else showing accounts) when it succeeds
  const save = useCommand(
    async (v: UserValues, editing: Account | null) => {
      if (editing) {
        await api.patch(`/api/users/${encodeURIComponent(editing.id)}`, {
          displayName: v.displayName.trim(),
          role: v.role,
          ...scopeIds(v),
        });
        return null;
      }
      return api.post<{ user: Account; password: string | null }>('/api/users', {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        role: v.role,
        ...scopeIds(v),
        ...(v.role === 'back_office' ? { branchId: v.branchId ?? null } : {}),
        ...(v.password ? { password: v.password } : {}),
      });
    },
    { invalidates: ['users'] },
  );
  const submit = async (v: UserValues) => {
    const done = await save.run(v, form?.editing ?? null);
    if (!done) return;
    const created = done.value;
    if (created?.password)
      setSecret({ title: t('users.generated', { name: created.user.username }), value: created.password });
    else void message.success(t(form?.editing ? 'common.saved' : 'common.created'));
    setForm(null);
  };

  const setDisabled = useCommand(
    (u: Account, disabled: boolean) => api.patch(`/api/users/${encodeURIComponent(u.id)}`, { disabled }),
    { invalidates: ['users'] },
  );

  const resetPassword = useCommand(
    (u: Account) =>
      api.post<{ password: string | null }>(`/api/users/${encodeURIComponent(u.id)}/password`, {}),
    { invalidates: ['users'] },
  );
  const reset = async (u: Account) => {
    const done = await resetPassword.run(u);
    if (done?.value.password)
      setSecret({ title: t('users.generated', { name: u.username }), value: done.value.password });
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        {manager ? (
          <Button type="primary" onClick={() => setForm({ editing: null })} data-testid="user-new">
            {t('users.new')}
          </Button>
        ) : null}
      </Flex>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex gap={12} align="center" wrap>
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('users.roleAll')}
            value={role}
            onChange={setRole}
            options={USER_ROLES.map((r) => ({ value: r, label: roleLabel(r, t) }))}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('users.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid="user-search"
          />
          <Checkbox checked={includeDisabled} onChange={(e) => setIncludeDisabled(e.target.checked)}>
            {t('users.includeDisabled')}
          </Checkbox>
        </Flex>
      </Card>
      <Card size="small">
        {users.state === 'error' && !users.data ? (
          <ErrorState error={users.error} onRetry={users.reload} />
        ) : !users.data ? (
          <LoadingBlock />
        ) : (
          <Table<Account>
            size="small"
            rowKey="id"
            data-testid="users-table"
            loading={users.state === 'loading'}
            dataSource={
              q.trim() === ''
                ? users.data.items
                : users.data.items.filter((u) =>
                    `${u.username} ${u.displayName}`.toLowerCase().includes(q.trim().toLowerCase()),
                  )
            }
            pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 1000 }}
            columns={[
              { title: t('login.username'), dataIndex: 'username', width: 140 },
              { title: t('users.displayName'), dataIndex: 'displayName', width: 140 },
              {
                title: t('users.role'),
                dataIndex: 'role',
                width: 110,
                render: (r: string) => roleLabel(r, t),
              },
              {
                title: t('users.scope'),
                key: 'scope',
                render: (_, u) => {
                  const id = u.agentId ?? u.teamId ?? u.vendorId;
                  return id ? names(id) : '—';
                },
              },
              {
                title: t('common.status'),
                dataIndex: 'disabled',
                width: 90,
                render: (d: boolean) =>
                  d ? <Tag>{t('users.disabled')}</Tag> : <Tag color="green">{t('common.active')}</Tag>,
              },
              {
                title: t('review.col.created'),
                dataIndex: 'createdAt',
                width: 160,
                render: (v: string) => formatDateTime(v),
              },
              ...(manager
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      width: 230,
                      fixed: 'right' as const,
                      render: (_: unknown, u: Account) =>
                        u.id === me?.id ? null : (
                          <Space size={4}>
                            <Button size="small" onClick={() => setForm({ editing: u })}>
                              {t('common.edit')}
                            </Button>
                            <Popconfirm
                              title={t('users.resetConfirm', { name: u.username })}
                              onConfirm={() => void reset(u)}
                            >
                              <Button size="small" data-testid="user-reset">
                                {t('users.resetPassword')}
                              </Button>
                            </Popconfirm>
                            <Button
                              size="small"
                              danger={!u.disabled}
                              onClick={() => void setDisabled.run(u, !u.disabled)}
                            >
                              {u.disabled ? t('users.enable') : t('users.disable')}
                            </Button>
                          </Space>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <UserForm
        open={form !== null}
        editing={form?.editing ?? null}
        org={org.data}
        busy={save.busy}
        onSubmit={(v) => void submit(v)}
        onCancel={() => setForm(null)}
      />
      <SecretOnce
        title={secret?.title ?? ''}
        secret={secret?.value ?? null}
        onClose={() => setSecret(null)}
        testId="user-password"
      />
    </Flex>
  );
}
