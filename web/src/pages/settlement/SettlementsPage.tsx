// 月度结算: the statements per vendor and month in the caller's scope, newest month first, and building (or
// rebuilding a draft of) a vendor's statement for a month from the stored inputs.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import type { StatementDetail, StatementSummary } from '../../api/ops-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { useMay } from '../../auth/auth.tsx';
import { OpsFilters, useOpsFilters } from '../../components/OpsFilters.tsx';
import { describeError } from '../../components/States.tsx';
import { formatYuan } from '../../format/money.ts';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { StateTag } from './StateTag.tsx';

export function SettlementsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const may = useMay();
  const [filters, setFilters] = useOpsFilters();
  const org = useOrg();
  const [vendor, setVendor] = useState<string | undefined>();
  const query = { vendorId: filters.vendorId };
  const list = useApi(`settlements:list:${filters.vendorId ?? ''}`, (signal) =>
    api.get<{ items: StatementSummary[] }>('/api/settlements', query, signal),
  );
  const buildVendor = vendor ?? filters.vendorId ?? org.data?.vendors[0]?.id;

  const buildCmd = useCommand(
    (vendorId: string, month: string) => api.post<StatementDetail>('/api/settlements', { vendorId, month }),
    { invalidates: ['settlements'] },
  );
  const build = async () => {
    if (!buildVendor) return;
    const done = await buildCmd.run(buildVendor, filters.month);
    if (done) void navigate(`/settlements/${encodeURIComponent(done.value.id)}`);
  };

  const columns: TableColumnsType<StatementSummary> = [
    { title: t('common.month'), dataIndex: 'month', width: 90 },
    { title: t('settlement.col.vendor'), dataIndex: 'vendorName', ellipsis: true },
    {
      title: t('settlement.col.state'),
      dataIndex: 'state',
      width: 100,
      render: (s: StatementSummary['state']) => <StateTag state={s} />,
    },
    { title: t('settlement.policy'), dataIndex: 'policyVersion', width: 90 },
    {
      title: t('settlement.col.net'),
      dataIndex: 'netFen',
      width: 150,
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('settlement.col.builtAt'),
      dataIndex: 'builtAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'open',
      width: 90,
      render: (_: unknown, s) => (
        <Link to={`/settlements/${encodeURIComponent(s.id)}`} data-testid="settlement-open">
          {t('settlement.open')}
        </Link>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('settlement.title')}
        </Typography.Title>
        <OpsFilters value={filters} onChange={setFilters} org={org.data} teams={false} />
        {may('settlements.build') ? (
          <Flex gap={8}>
            {(org.data?.vendors.length ?? 0) > 1 && !filters.vendorId ? (
              <Select
                style={{ width: 200 }}
                value={buildVendor}
                onChange={setVendor}
                options={(org.data?.vendors ?? []).map((v) => ({ value: v.id, label: v.name }))}
              />
            ) : null}
            <Button
              type="primary"
              loading={buildCmd.busy}
              disabled={!buildVendor}
              onClick={() => void build()}
              data-testid="settlement-build"
            >
              {t('settlement.build')} {filters.month}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      {list.state === 'error' ? <Alert type="error" showIcon title={describeError(list.error, t)} /> : null}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<StatementSummary>
          data-testid="settlements-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.state === 'loading'}
          pagination={false}
          scroll={{ x: 860 }}
          locale={{ emptyText: <Empty description={t('settlement.empty')} /> }}
        />
      </Card>
    </Flex>
  );
}
