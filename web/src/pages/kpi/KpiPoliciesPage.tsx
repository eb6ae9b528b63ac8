// KPI 与结算政策 (seed 002 (五) and 扣罚事项, seed 000 fine): the policy versions, default or per vendor, each from
// an effective month on, and a new version written from the newest one (omitted fields take v1's values). A
// statement built under an older version shows the change as "inputs changed" until rebuilt.
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useMay } from '../../auth/auth.tsx';
import { useOrg } from '../../api/useOrg.ts';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type PolicyRow = ResponseOf<'/api/kpi/policies', 'get'>['items'][number];

export function KpiPoliciesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  // 'kpi.policy.write' in src/core/auth/policy.ts
  const canWrite = useMay()('kpi.policy.write');
  const org = useOrg();
  const list = useApi('kpi:policies', (signal) => call('get', '/api/kpi/policies', { signal }));
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [text, setText] = useState('');
  // a new policy version changes the KPI points and, through them, the statements built under the old one
  const create = useCommand(
    (body: { vendorId: string | null; effectiveFrom: string; policy: unknown }) =>
      api.post('/api/kpi/policies', body),
    { invalidates: ['kpi', 'settlements'], success: t('common.saved') },
  );
  const items = list.data?.items ?? [];
  const vendorName = (id: string | null) =>
    id === null ? t('policy.default') : (org.data?.vendors.find((v) => v.id === id)?.name ?? id);

  const startFrom = (r: PolicyRow) => {
    setVendorId(r.vendorId);
    setText(JSON.stringify(r.policy, null, 2));
  };
  const save = async () => {
    let policy: unknown;
    try {
      policy = JSON.parse(text);
    } catch {
      void message.error(t('policy.badJson'));
      return;
    }
    if (!/^\d{4}-\d{2}$/.test(effectiveFrom)) {
      void message.warning(t('policy.monthRequired'));
      return;
    }
    if (await create.run({ vendorId, effectiveFrom, policy })) setText('');
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('policy.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('policy.hint')} />
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<PolicyRow>
          size="small"
          rowKey={(r) => r.id}
          pagination={false}
          dataSource={items}
          loading={list.state === 'loading'}
          columns={[
            { title: t('policy.version'), dataIndex: 'version', width: 120 },
            {
              title: t('policy.scope'),
              dataIndex: 'vendorId',
              render: (v: string | null) => <Tag>{vendorName(v)}</Tag>,
            },
            { title: t('policy.effectiveFrom'), dataIndex: 'effectiveFrom', width: 120 },
            {
              title: t('policy.noData'),
              key: 'nd',
              render: (_: unknown, r) =>
                (['answerRate', 'satisfaction', 'qa'] as const).map((i) => (
                  <Tag key={i}>
                    {t(`settle.item.${i}`)}:{' '}
                    {r.policy.items[i].whenNoData === 'zero' ? '0' : t('policy.base')}
                  </Tag>
                )),
            },
            {
              title: t('policy.createdAt'),
              dataIndex: 'createdAt',
              width: 170,
              render: (v: string) => formatDateTime(v),
            },
            ...(canWrite
              ? [
                  {
                    title: t('common.actions'),
                    key: 'x',
                    width: 120,
                    render: (_: unknown, r: PolicyRow) => (
                      <Button size="small" onClick={() => startFrom(r)}>
                        {t('policy.newFrom')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {canWrite && text !== '' ? (
        <Card size="small" title={t('policy.new')}>
          <Flex vertical gap={8}>
            <Flex gap={8} wrap>
              <Select
                style={{ width: 200 }}
                value={vendorId ?? ''}
                onChange={(v) => setVendorId(v === '' ? null : v)}
                options={[
                  { value: '', label: t('policy.default') },
                  ...(org.data?.vendors ?? []).map((v) => ({ value: v.id, label: v.name })),
                ]}
              />
              <Input
                style={{ width: 160 }}
                placeholder={t('policy.effectiveFrom') + ' YYYY-MM'}
                value={effectiveFrom}
                onChange={(e) => setEffectiveFrom(e.target.value)}
              />
            </Flex>
            <Typography.Text type="secondary">{t('policy.editHint')}</Typography.Text>
            <Input.TextArea
              rows={18}
              value={text}
              onChange={(e) => setText(e.target.value)}
              style={{ fontFamily: 'monospace' }}
            />
            <Flex gap={8}>
              <Button type="primary" loading={create.busy} onClick={() => void save()}>
                {t('common.save')}
              </Button>
              <Button onClick={() => setText('')}>{t('common.cancel')}</Button>
            </Flex>
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}
