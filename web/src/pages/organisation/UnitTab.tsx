// One tab of the organisation screen: a unit list (clients, vendors, teams or agents) with create, edit and
// deactivate / reactivate. The server refuses deactivating a unit that still has active units below it and says
// so; that message is shown as is.
import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Flex, Input, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { UnitForm } from './UnitForm.tsx';
import type { UnitValues } from './UnitForm.tsx';

export interface UnitRow {
  id: string;
  name: string;
  active: boolean;
  createdAt?: string;
  parentId?: string;
  hiredOn?: string | null;
}

export interface UnitKind {
  /** API collection: /api/<path>. */
  path: 'clients' | 'vendors' | 'teams' | 'agents';
  newLabel: MessageKey;
  codeHint: MessageKey;
  confirm: MessageKey;
  /** Field of the create/patch body naming the parent (vendors: clientId, …). */
  parentField?: 'clientId' | 'vendorId' | 'teamId';
  parentLabel?: MessageKey;
  /** An agent may move to another team; vendors and teams keep their parent. */
  parentEditable?: boolean;
  withHiredOn?: boolean;
  toRow: (raw: Record<string, unknown>) => UnitRow;
}

interface Props {
  kind: UnitKind;
  canManage: boolean;
  parents: { value: string; label: string }[];
}

export function UnitTab({ kind, canManage, parents }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [showInactive, setShowInactive] = useState(false);
  const [q, setQ] = useState('');
  const list = useApi(`${kind.path}:list:${showInactive}`, async (signal) => {
    const r = await api.get<{ items: Record<string, unknown>[] }>(
      `/api/${kind.path}`,
      { active: showInactive ? undefined : 'true' },
      signal,
    );
    return r.items.map(kind.toRow);
  });
  const [form, setForm] = useState<{ editing: UnitRow | null } | null>(null);
  // Every screen's organisation filters (useOrg, under the key 'org') list vendors, teams and agents; the other
  // tabs here take their parent choices from the resource's own key.
  const invalidates = [kind.path, 'org'];
  const save = useCommand(
    async (v: UnitValues, editing: UnitRow | null) => {
      const hiredOn = kind.withHiredOn ? { hiredOn: v.hiredOn ? v.hiredOn : null } : {};
      if (editing)
        await api.patch(`/api/${kind.path}/${encodeURIComponent(editing.id)}`, {
          name: v.name.trim(),
          ...(kind.parentEditable && kind.parentField ? { [kind.parentField]: v.parentId } : {}),
          ...hiredOn,
        });
      else
        await api.post(`/api/${kind.path}`, {
          id: v.id.trim(),
          name: v.name.trim(),
          ...(kind.parentField ? { [kind.parentField]: v.parentId } : {}),
          ...hiredOn,
        });
    },
    { invalidates },
  );
  const setActive = useCommand(
    (row: UnitRow, active: boolean) =>
      api.patch(`/api/${kind.path}/${encodeURIComponent(row.id)}`, { active }),
    { invalidates },
  );
  const parentName = useMemo(() => {
    const m = new Map(parents.map((p) => [p.value, p.label]));
    return (id: string | undefined) => (id ? (m.get(id) ?? id) : '—');
  }, [parents]);

  const submit = async (v: UnitValues) => {
    const editing = form?.editing ?? null;
    if (!(await save.run(v, editing))) return;
    void message.success(t(editing ? 'common.saved' : 'common.created'));
    setForm(null);
  };

  const columns: TableColumnsType<UnitRow> = [
    { title: t('common.code'), dataIndex: 'id', width: 140 },
    { title: t('common.name'), dataIndex: 'name' },
    ...(kind.parentLabel
      ? [
          {
            title: t(kind.parentLabel),
            dataIndex: 'parentId',
            render: (v: string | undefined) => parentName(v),
          },
        ]
      : []),
    ...(kind.withHiredOn
      ? [
          {
            title: t('org.hiredOn'),
            dataIndex: 'hiredOn',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
        ]
      : []),
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 90,
      render: (a: boolean) =>
        a ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
    },
    ...(kind.withHiredOn
      ? []
      : [
          {
            title: t('review.col.created'),
            dataIndex: 'createdAt',
            width: 160,
            render: (v: string | undefined) => (v ? formatDateTime(v) : '—'),
          },
        ]),
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, r: UnitRow) => (
              <Space size={4}>
                <Button size="small" onClick={() => setForm({ editing: r })} data-testid="org-edit">
                  {t('common.edit')}
                </Button>
                {r.active ? (
                  <Popconfirm
                    title={t(kind.confirm, { name: r.name })}
                    onConfirm={() => void setActive.run(r, false)}
                  >
                    <Button size="small" danger data-testid="org-deactivate">
                      {t('common.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => void setActive.run(r, true)} data-testid="org-activate">
                    {t('common.activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  const needle = q.trim().toLowerCase();
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex gap={12} align="center">
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder={t('org.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
            {t('org.showInactive')}
          </Checkbox>
        </Flex>
        {canManage ? (
          <Button
            type="primary"
            onClick={() => setForm({ editing: null })}
            data-testid={`org-new-${kind.path}`}
          >
            {t(kind.newLabel)}
          </Button>
        ) : null}
      </Flex>
      {list.state === 'error' && !list.data ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <LoadingBlock />
      ) : (
        <Table<UnitRow>
          size="small"
          rowKey="id"
          data-testid={`org-table-${kind.path}`}
          loading={list.state === 'loading'}
          dataSource={
            needle === ''
              ? list.data
              : list.data.filter((r) => `${r.id} ${r.name}`.toLowerCase().includes(needle))
          }
          pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('org.empty') }}
          columns={columns}
        />
      )}
      <UnitForm
        open={form !== null}
        title={form?.editing ? t('org.edit', { name: form.editing.name }) : t(kind.newLabel)}
        editing={
          form?.editing
            ? {
                id: form.editing.id,
                name: form.editing.name,
                ...(form.editing.parentId ? { parentId: form.editing.parentId } : {}),
                ...(form.editing.hiredOn ? { hiredOn: form.editing.hiredOn } : {}),
              }
            : null
        }
        {...(kind.parentLabel
          ? {
              parent: {
                label: t(kind.parentLabel),
                options: parents,
                editable: kind.parentEditable ?? false,
              },
            }
          : {})}
        codeHint={t(kind.codeHint)}
        withHiredOn={kind.withHiredOn ?? false}
        busy={save.busy}
        onSubmit={(v) => void submit(v)}
        onCancel={() => setForm(null)}
      />
    </Flex>
  );
}
