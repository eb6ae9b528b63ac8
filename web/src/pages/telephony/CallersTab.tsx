// 来电客户 (seed 003 按客户类型区别对待): search callers, see a caller's class history, blocklist entries, calls and
// complaints, and set the class with the reason.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Descriptions, Drawer, Input, List, Select, Space, Table, Tag } from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CLASSES } from './BlocklistTab.tsx';

function Caller({
  number,
  canClassify,
  onClose,
}: {
  number: string | null;
  canClassify: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const tt = t as (k: string) => string;
  const [cls, setCls] = useState<(typeof CLASSES)[number]>('harassment');
  const [reason, setReason] = useState('');
  const c = useApi(
    `callers:detail:${number ?? ''}`,
    (signal) => call('get', '/api/callers/{number}', { params: { number: number ?? '' }, signal }),
    { enabled: number !== null },
  );
  // the class shows in the caller list and beside the caller's blocklist entries
  const classify = useCommand(
    (n: string, body: { class: (typeof CLASSES)[number]; reason: string }) =>
      call('put', '/api/callers/{number}/class', { params: { number: n }, body }),
    { invalidates: ['callers', 'blocklist'], success: t('telephony.saved') },
  );
  const save = async () => {
    if (!number || !reason.trim()) return;
    await classify.run(number, { class: cls, reason: reason.trim() });
  };
  const d = c.data;
  return (
    <Drawer open={number !== null} onClose={onClose} width={560} title={number}>
      {d ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'c',
                label: t('telephony.class'),
                children: <Tag>{tt(`telephony.class.${d.class}`)}</Tag>,
              },
            ]}
          />
          {canClassify ? (
            <Space.Compact style={{ width: '100%' }}>
              <Select
                value={cls}
                onChange={setCls}
                style={{ width: 160 }}
                options={CLASSES.map((k) => ({ value: k, label: tt(`telephony.class.${k}`) }))}
              />
              <Input
                placeholder={t('telephony.reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button type="primary" onClick={() => void save()}>
                {t('telephony.setClass')}
              </Button>
            </Space.Compact>
          ) : null}
          <List
            size="small"
            header={t('telephony.history')}
            dataSource={d.classHistory}
            renderItem={(h) => (
              <List.Item>{`${h.at.slice(0, 16).replace('T', ' ')} ${tt(`telephony.class.${h.class}`)} · ${h.setBy ?? t('telephony.system')} · ${h.reason}`}</List.Item>
            )}
          />
          <List
            size="small"
            header={t('telephony.tab.blocklist')}
            dataSource={d.entries}
            renderItem={(e) => (
              <List.Item>{`${tt(`telephony.state.${e.state}`)} · ${e.reason} · ${e.until?.slice(0, 10) ?? '—'}`}</List.Item>
            )}
          />
          <List
            size="small"
            header={t('telephony.conversations')}
            dataSource={d.conversations}
            renderItem={(v) => (
              <List.Item>
                <Link to={`/conversations/${encodeURIComponent(v.id)}`}>{v.id}</Link>{' '}
                {v.startedAt?.slice(0, 16).replace('T', ' ')} {v.agentId} {v.hangupBy}
              </List.Item>
            )}
          />
          <List
            size="small"
            header={t('telephony.complaints')}
            dataSource={d.complaints}
            renderItem={(v) => (
              <List.Item>
                {v.receivedOn} {v.id} {v.decision}
              </List.Item>
            )}
          />
        </Space>
      ) : null}
    </Drawer>
  );
}

export function CallersTab({ canClassify }: { canClassify: boolean }) {
  const { t } = useI18n();
  const tt = t as (k: string) => string;
  const [q, setQ] = useState('');
  const [cls, setCls] = useState<(typeof CLASSES)[number] | undefined>();
  const [open, setOpen] = useState<string | null>(null);
  const query = { ...(q ? { q } : {}), ...(cls ? { class: cls } : {}) };
  const list = useApi(`callers:list:${JSON.stringify(query)}`, (signal) =>
    call('get', '/api/callers', { query, signal }),
  );
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('telephony.number')}
          onSearch={(v) => {
            setQ(v);
            if (v) setOpen(v);
          }}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('telephony.class')}
          style={{ width: 160 }}
          value={cls}
          onChange={setCls}
          options={CLASSES.map((c) => ({ value: c, label: tt(`telephony.class.${c}`) }))}
        />
      </Space>
      <Table
        rowKey="number"
        size="small"
        dataSource={list.data?.items ?? []}
        onRow={(r) => ({ onClick: () => setOpen(r.number) })}
        columns={[
          { title: t('telephony.number'), dataIndex: 'number', width: 160 },
          {
            title: t('telephony.class'),
            dataIndex: 'class',
            width: 140,
            render: (c: string) => tt(`telephony.class.${c}`),
          },
          { title: t('telephony.decidedBy'), dataIndex: 'classSetBy', width: 120 },
          { title: t('telephony.reason'), dataIndex: 'classReason' },
          {
            title: t('telephony.history'),
            dataIndex: 'classSetAt',
            width: 160,
            render: (v: string | null) => v?.slice(0, 16).replace('T', ' '),
          },
        ]}
      />
      <Caller number={open} canClassify={canClassify} onClose={() => setOpen(null)} />
    </>
  );
}
