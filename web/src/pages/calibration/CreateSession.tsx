// Create a calibration session: a name, the conversations (ticked in the scored-conversations list, searchable)
// and at least two inspectors (QA inspectors and QA leads may score). The server checks each conversation is
// scored and each user an active inspector (src/review/calibration.ts createSession).
import { useState } from 'react';
import { Button, Flex, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { Account, CalibrationSession } from '../../api/admin-types.ts';
import type { ConversationRow, Page } from '../../api/types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { ScoreTag } from '../../components/ScoreTag.tsx';
import { ErrorState } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const PAGE_SIZE = 10;

function Inspectors({ value, onChange }: { value?: string[]; onChange?: (v: string[]) => void }) {
  const { t } = useI18n();
  const users = useApi('users:qa_inspector+qa_lead:active', async (signal) => {
    const [qa, leads] = await Promise.all([
      api.get<{ items: Account[] }>('/api/users', { role: 'qa_inspector' }, signal),
      api.get<{ items: Account[] }>('/api/users', { role: 'qa_lead' }, signal),
    ]);
    return [...qa.items, ...leads.items].filter((u) => !u.disabled);
  });
  if (users.state === 'error') return <ErrorState error={users.error} onRetry={users.reload} />;
  return (
    <Select
      mode="multiple"
      data-testid="calib-inspectors"
      loading={users.state === 'loading'}
      value={value ?? []}
      onChange={onChange}
      placeholder={t('calib.inspectorsHint')}
      showSearch={{ optionFilterProp: 'label' }}
      options={(users.data ?? []).map((u) => ({
        value: u.id,
        label: `${u.displayName} (${u.username})`,
      }))}
    />
  );
}

function ConversationPicker({ value, onChange }: { value?: string[]; onChange?: (v: string[]) => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const query = { q, page, pageSize: PAGE_SIZE };
  const list = useApi(`conversations:list:${JSON.stringify(query)}`, (signal) =>
    api.get<Page<ConversationRow>>('/api/conversations', query, signal),
  );
  const selected = value ?? [];
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8}>
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('common.search')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
          data-testid="calib-conv-search"
        />
        <Typography.Text type="secondary">
          {t('calib.selectedConversations', { n: selected.length })}
        </Typography.Text>
      </Flex>
      {list.state === 'error' && !list.data ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<ConversationRow>
          size="small"
          rowKey="id"
          data-testid="calib-conv-table"
          loading={list.state === 'loading'}
          dataSource={list.data?.items ?? []}
          scroll={{ y: 260 }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            size: 'small',
            onChange: setPage,
          }}
          rowSelection={{
            selectedRowKeys: selected,
            preserveSelectedRowKeys: true,
            getCheckboxProps: (r) => ({ disabled: r.score === null }),
            onChange: (keys) => onChange?.(keys.map(String)),
          }}
          columns={[
            { title: 'ID', dataIndex: 'id', ellipsis: true },
            {
              title: t('kpi.col.agent'),
              key: 'agent',
              render: (_, r) => (r.agentName ? `${r.agentName} ${r.agentId ?? ''}` : (r.agentId ?? '—')),
            },
            {
              title: t('calib.startedAt'),
              dataIndex: 'startedAt',
              width: 170,
              render: (v: string | null) => (v ? formatDateTime(v) : '—'),
            },
            {
              title: t('calib.hitCount'),
              dataIndex: 'hitCount',
              width: 70,
              align: 'right',
              render: (v: number | null) => v ?? '—',
            },
            {
              title: t('calib.machineScore'),
              dataIndex: 'score',
              width: 90,
              render: (v: number | null, r) => <ScoreTag score={v} fatal={r.fatal} />,
            },
          ]}
        />
      )}
    </Flex>
  );
}

interface Values {
  name: string;
  conversationIds: string[];
  inspectorUserIds: string[];
}

export function CreateSession({ onCreated }: { onCreated: (s: CalibrationSession) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const create = useCommand(
    (v: Values) =>
      api.post<CalibrationSession>('/api/calibration-sessions', {
        name: v.name.trim(),
        conversationIds: v.conversationIds,
        inspectorUserIds: v.inspectorUserIds,
      }),
    { invalidates: ['calibration-sessions'], success: t('common.created') },
  );

  const submit = async (v: Values) => {
    const done = await create.run(v);
    if (!done) return;
    form.resetFields();
    setOpen(false);
    onCreated(done.value);
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="calib-new">
        {t('calib.new')}
      </Button>
      <Modal
        open={open}
        title={t('calib.new')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ 'data-testid': 'calib-create' }}
        confirmLoading={create.busy}
        width={820}
        style={{ top: 24 }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          data-testid="calib-form"
          initialValues={{ conversationIds: [], inspectorUserIds: [] }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="name"
            label={t('calib.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={200} placeholder={t('calib.namePlaceholder')} data-testid="calib-name" />
          </Form.Item>
          <Form.Item
            name="inspectorUserIds"
            label={t('calib.inspectors')}
            rules={[
              {
                validator: (_, v: string[] | undefined) =>
                  (v?.length ?? 0) >= 2
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('calib.needInspectors'))),
              },
            ]}
          >
            <Inspectors />
          </Form.Item>
          <Form.Item
            name="conversationIds"
            label={t('calib.conversations')}
            extra={t('calib.conversationsHint')}
            rules={[
              {
                validator: (_, v: string[] | undefined) =>
                  (v?.length ?? 0) >= 1
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('calib.needConversations'))),
              },
            ]}
          >
            <ConversationPicker />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
