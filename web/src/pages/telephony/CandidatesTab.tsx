// 自动拉黑候选 (seed 003 由人工+系统判断): numbers the scan job proposes; an approver confirms (blocked) or dismisses
// (not proposed again for a while).
import { useState } from 'react';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Candidate = ResponseOf<'/api/blocklist-candidates', 'get'>['items'][number];
const STATES = ['pending', 'confirmed', 'dismissed', 'blocked'] as const;

export function CandidatesTab({ canDecide }: { canDecide: boolean }) {
  const { t } = useI18n();
  const tt = t as (k: string) => string;
  const [state, setState] = useState<(typeof STATES)[number] | undefined>('pending');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const query = state ? { state } : {};
  const list = useApi(`blocklist-candidates:${state ?? ''}`, (signal) =>
    call('get', '/api/blocklist-candidates', { query, signal }),
  );
  const scan = useCommand(() => call('post', '/api/blocklist-candidates/scan', {}), {
    invalidates: ['blocklist-candidates'],
    success: (r) => t('telephony.scanned', { n: r.proposed }),
  });
  // confirming blocks the number: the blocklist and the caller's page show the new entry
  const decideCmd = useCommand(
    async (id: string, verb: 'confirm' | 'dismiss', body: { note?: string }) => {
      if (verb === 'confirm')
        await call('post', '/api/blocklist-candidates/{id}/confirm', { params: { id }, body });
      else await call('post', '/api/blocklist-candidates/{id}/dismiss', { params: { id }, body });
    },
    { invalidates: ['blocklist-candidates', 'blocklist', 'callers'], success: t('telephony.saved') },
  );
  const decide = (id: string, verb: 'confirm' | 'dismiss') =>
    decideCmd.run(id, verb, notes[id] ? { note: notes[id] } : {});
  const columns: TableColumnsType<Candidate> = [
    { title: t('telephony.number'), dataIndex: 'number', width: 140 },
    { title: t('telephony.calls'), dataIndex: 'calls', width: 80 },
    {
      title: t('telephony.window'),
      key: 'w',
      width: 260,
      render: (_: unknown, c) =>
        `${c.firstAt.slice(0, 16).replace('T', ' ')} – ${c.lastAt.slice(11, 16)} (${c.windowMinutes} min)`,
    },
    {
      title: t('telephony.flood'),
      dataIndex: 'flood',
      width: 90,
      render: (f: boolean) => (f ? <Tag color="error">{t('telephony.flood')}</Tag> : null),
    },
    {
      title: t('telephony.state'),
      dataIndex: 'state',
      width: 100,
      render: (s: string) => <Tag>{tt(`telephony.state.${s}`)}</Tag>,
    },
    {
      title: t('telephony.note'),
      dataIndex: 'note',
      render: (n: string | null, c) =>
        canDecide && c.state === 'pending' ? (
          <Input
            size="small"
            value={notes[c.id] ?? ''}
            onChange={(e) => setNotes({ ...notes, [c.id]: e.target.value })}
          />
        ) : (
          n
        ),
    },
    {
      key: 'actions',
      width: 200,
      render: (_: unknown, c) =>
        canDecide && c.state === 'pending' ? (
          <Space size={4}>
            <Button
              size="small"
              type="primary"
              danger
              data-testid="candidate-confirm"
              onClick={() => void decide(c.id, 'confirm')}
            >
              {t('telephony.confirm')}
            </Button>
            <Button size="small" data-testid="candidate-dismiss" onClick={() => void decide(c.id, 'dismiss')}>
              {t('telephony.dismiss')}
            </Button>
          </Space>
        ) : null,
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('telephony.state')}
          style={{ width: 140 }}
          value={state}
          onChange={setState}
          options={STATES.map((s) => ({ value: s, label: tt(`telephony.state.${s}`) }))}
        />
        {canDecide && (
          <Button loading={scan.busy} onClick={() => void scan.run()} data-testid="candidates-scan">
            {t('telephony.scanNow')}
          </Button>
        )}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={list.state === 'loading'}
        dataSource={list.data?.items ?? []}
        columns={columns}
        data-testid="candidates-table"
      />
    </>
  );
}
