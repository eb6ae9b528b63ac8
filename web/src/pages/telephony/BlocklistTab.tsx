// 黑名单 (seed 003 系统支撑): search and filter entries, see who decided, operated and approved, an entry's history,
// approve (a second person) or lift; add a number. Numbers arrive masked for roles that do not see them.
import { useState } from 'react';
import { Button, DatePicker, Drawer, Form, Input, Modal, Select, Space, Table, Tag, Timeline } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export type Entry = ResponseOf<'/api/blocklist', 'get'>['items'][number];
export const CLASSES = ['regular', 'harassment', 'non-routine'] as const;
const STATES = ['pending', 'active', 'lifted', 'expired', 'rejected'] as const;
const STATE_COLOR = {
  pending: 'processing',
  active: 'error',
  lifted: 'default',
  expired: 'default',
  rejected: 'default',
} as const;

export function periodText(p: Entry['period'], t: (k: never) => string): string {
  const tt = t as (k: string) => string;
  return typeof p === 'string'
    ? tt(`telephony.period.${p}`)
    : `${tt('telephony.period.until')} ${p.until.slice(0, 10)}`;
}

function History({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const tt = t as (k: string) => string;
  const h = useApi(
    `blocklist:entry:${id ?? ''}`,
    (signal) => call('get', '/api/blocklist/{id}', { params: { id: id ?? '' }, signal }),
    { enabled: id !== null },
  );
  return (
    <Drawer open={id !== null} onClose={onClose} title={t('telephony.history')} width={420}>
      {h.data ? (
        <Timeline
          data-testid="blocklist-history"
          items={h.data.history.map((e) => ({
            children: `${e.at.slice(0, 16).replace('T', ' ')} ${tt(`telephony.event.${e.type}`)} · ${e.by ?? t('telephony.system')}${e.note ? ` · ${e.note}` : ''}`,
          }))}
        />
      ) : null}
    </Drawer>
  );
}

interface AddValues {
  number: string;
  period: 'permanent' | 'day' | 'week' | 'month' | 'until';
  until?: { toISOString(): string };
  reason: string;
  class?: (typeof CLASSES)[number];
}

export function BlocklistTab({ canWrite, canApprove }: { canWrite: boolean; canApprove: boolean }) {
  const { t } = useI18n();
  const tt = t as (k: string) => string;
  const [q, setQ] = useState('');
  const [state, setState] = useState<(typeof STATES)[number] | undefined>();
  const [cls, setCls] = useState<(typeof CLASSES)[number] | undefined>();
  const [history, setHistory] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<AddValues>();
  const query = { ...(q ? { q } : {}), ...(state ? { state } : {}), ...(cls ? { class: cls } : {}) };
  const list = useApi(`blocklist:list:${JSON.stringify(query)}`, (signal) =>
    call('get', '/api/blocklist', { query, signal }),
  );

  // an entry sets the caller's class and settles a pending candidate for the number
  const change = useCommand((fn: () => Promise<unknown>) => fn(), {
    invalidates: ['blocklist', 'callers', 'blocklist-candidates'],
    success: t('telephony.saved'),
  });
  const act = async (fn: () => Promise<unknown>) => {
    await change.run(fn);
  };
  const add = async (v: AddValues) => {
    const period = v.period === 'until' ? { until: v.until?.toISOString() ?? '' } : v.period;
    await act(() =>
      call('post', '/api/blocklist', {
        body: { number: v.number, period, reason: v.reason, ...(v.class ? { class: v.class } : {}) },
      }),
    );
    setAdding(false);
    form.resetFields();
  };

  const columns: TableColumnsType<Entry> = [
    { title: t('telephony.number'), dataIndex: 'number', width: 140 },
    {
      title: t('telephony.class'),
      dataIndex: 'class',
      width: 120,
      render: (c: string) => tt(`telephony.class.${c}`),
    },
    {
      title: t('telephony.state'),
      dataIndex: 'state',
      width: 100,
      render: (s: Entry['state']) => (
        <Tag color={STATE_COLOR[s]} data-testid="blocklist-state">
          {tt(`telephony.state.${s}`)}
        </Tag>
      ),
    },
    {
      title: t('telephony.period'),
      dataIndex: 'period',
      width: 110,
      render: (p: Entry['period']) => periodText(p, t),
    },
    {
      title: t('telephony.until'),
      dataIndex: 'until',
      width: 150,
      render: (u: string | null) => u?.slice(0, 16).replace('T', ' ') ?? '—',
    },
    { title: t('telephony.reason'), dataIndex: 'reason', ellipsis: true },
    { title: t('telephony.decidedBy'), dataIndex: 'decidedBy', width: 110 },
    { title: t('telephony.operatedBy'), dataIndex: 'operatedBy', width: 110 },
    {
      title: t('telephony.approvedBy'),
      dataIndex: 'approvedBy',
      width: 110,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('telephony.reviewOn'), dataIndex: 'reviewOn', width: 100 },
    {
      key: 'actions',
      width: 220,
      render: (_: unknown, e) => (
        <Space size={4}>
          <Button size="small" onClick={() => setHistory(e.id)}>
            {t('telephony.history')}
          </Button>
          {canApprove && e.state === 'pending' ? (
            <>
              <Button
                size="small"
                type="primary"
                data-testid="blocklist-approve"
                onClick={() =>
                  void act(() =>
                    call('post', '/api/blocklist/{id}/approve', { params: { id: e.id }, body: {} }),
                  )
                }
              >
                {t('telephony.approve')}
              </Button>
              <Button
                size="small"
                onClick={() =>
                  void act(() =>
                    call('post', '/api/blocklist/{id}/reject', { params: { id: e.id }, body: {} }),
                  )
                }
              >
                {t('telephony.reject')}
              </Button>
            </>
          ) : null}
          {canApprove && e.state === 'active' ? (
            <Button
              size="small"
              danger
              data-testid="blocklist-lift"
              onClick={() =>
                void act(() => call('delete', '/api/blocklist/{id}', { params: { id: e.id }, query: {} }))
              }
            >
              {t('telephony.lift')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('telephony.search')} onSearch={setQ} style={{ width: 240 }} />
        <Select
          allowClear
          placeholder={t('telephony.state')}
          style={{ width: 140 }}
          value={state}
          onChange={setState}
          options={STATES.map((s) => ({ value: s, label: tt(`telephony.state.${s}`) }))}
        />
        <Select
          allowClear
          placeholder={t('telephony.class')}
          style={{ width: 160 }}
          value={cls}
          onChange={setCls}
          options={CLASSES.map((c) => ({ value: c, label: tt(`telephony.class.${c}`) }))}
        />
        {canWrite ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('telephony.add')}
          </Button>
        ) : null}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={list.state === 'loading'}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 1400 }}
        data-testid="blocklist-table"
      />
      <History id={history} onClose={() => setHistory(null)} />
      <Modal
        open={adding}
        title={t('telephony.add')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
      >
        <Form form={form} layout="vertical" onFinish={(v) => void add(v)} initialValues={{ period: 'week' }}>
          <Form.Item name="number" label={t('telephony.number')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="period" label={t('telephony.period')}>
            <Select
              options={(['permanent', 'day', 'week', 'month', 'until'] as const).map((p) => ({
                value: p,
                label: tt(`telephony.period.${p}`),
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('period') === 'until' ? (
                <Form.Item name="until" label={t('telephony.until')} rules={[{ required: true }]}>
                  <DatePicker showTime />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="class" label={t('telephony.class')}>
            <Select
              allowClear
              options={CLASSES.map((c) => ({ value: c, label: tt(`telephony.class.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('telephony.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
