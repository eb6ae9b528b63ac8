// 工单 (seed 004 工單, 有訴必復, 首問負責): the orders the caller may see — a branch user only their branch's — nearest
// deadline first, each with its SLA state and its reply and resolve due times; a detail drawer with the history and
// the actions the server allows; the complaint desk and the admin also set up branches and SLA policies here.
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, Flex, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { EChart } from '../../components/EChart.tsx';
import type { ChartOption } from '../../components/EChart.tsx';
import { describeError } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CreateOrder } from './CreateOrder.tsx';
import { OrderDrawer } from './OrderDrawer.tsx';
import { SettingsTab } from './SettingsTab.tsx';
import { DueTime, SlaTag } from './SlaTag.tsx';
import type { Branch, Order, SlaState } from './types.ts';
import { PRIORITY_COLOR, SLA_STATES, WORK_ORDER_CHANGES } from './types.ts';

const CHART_COLOR: Record<SlaState, string> = {
  breached: '#ff4d4f',
  'at-risk': '#faad14',
  'on-track': '#52c41a',
  paused: '#bfbfbf',
  met: '#1677ff',
};

function SlaChart({ orders, branchName }: { orders: Order[]; branchName: (id: string) => string }) {
  const { t } = useI18n();
  const open = orders.filter((o) => o.state !== 'resolved');
  const ids = [...new Set(open.map((o) => o.branchId))].sort((a, b) =>
    branchName(a).localeCompare(branchName(b), 'zh-CN'),
  );
  const states = SLA_STATES.filter((s) => s !== 'met');
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: ids.map(branchName) },
    yAxis: { type: 'value', minInterval: 1 },
    series: states.map((s) => ({
      type: 'bar' as const,
      stack: 'sla',
      barMaxWidth: 48,
      name: t(`wo.sla.${s}`),
      itemStyle: { color: CHART_COLOR[s] },
      data: ids.map((b) => open.filter((o) => o.branchId === b && o.sla.state === s).length),
    })),
  };
  if (open.length === 0) return null;
  return (
    <Card size="small" title={t('wo.chart.title')}>
      <EChart option={option} height={200} ariaLabel={t('wo.chart.aria')} />
    </Card>
  );
}

type OrderListState = ReturnType<typeof useOrderList>;

/** The order list under the filters kept in the address (open only, branch, the open order). */
function useOrderList() {
  const [params, setParams] = useSearchParams();
  const openOnly = params.get('all') !== '1';
  const branchId = params.get('branch') ?? undefined;
  const selected = params.get('order');
  const set = (k: string, v: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (v === null) n.delete(k);
        else n.set(k, v);
        return n;
      },
      { replace: k !== 'order' },
    );
  const query = { ...(openOnly ? { open: 'true' as const } : {}), ...(branchId ? { branchId } : {}) };
  const list = useApi(`work-orders:list:${JSON.stringify(query)}`, (signal) =>
    call('get', '/api/work-orders', { query, signal }),
  );
  return { list, openOnly, branchId, selected, set };
}

function OrdersTab({
  state: { list, openOnly, branchId, selected, set },
  branches,
  policies,
}: {
  state: OrderListState;
  branches: Branch[];
  policies: Parameters<typeof CreateOrder>[0]['policies'];
}) {
  const { t } = useI18n();
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;
  const columns: TableColumnsType<Order> = [
    {
      title: t('wo.col.title'),
      dataIndex: 'title',
      width: 300,
      ellipsis: { showTitle: true },
      render: (title: string, o) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => set('order', o.id)}
          data-testid="wo-open"
        >
          {title}
        </Button>
      ),
    },
    { title: t('wo.col.branch'), dataIndex: 'branchId', width: 150, render: (id: string) => branchName(id) },
    {
      title: t('wo.col.priority'),
      dataIndex: 'priority',
      width: 80,
      render: (p: Order['priority']) => <Tag color={PRIORITY_COLOR[p]}>{t(`wo.priority.${p}`)}</Tag>,
    },
    {
      title: t('wo.col.state'),
      dataIndex: 'state',
      width: 100,
      render: (s: Order['state']) => <span data-testid="wo-state">{t(`wo.state.${s}`)}</span>,
    },
    {
      title: t('wo.col.sla'),
      key: 'sla',
      width: 100,
      render: (_: unknown, o) => <SlaTag state={o.sla.state} />,
    },
    {
      title: t('wo.col.replyDue'),
      key: 'replyDue',
      width: 210,
      render: (_: unknown, o) => (
        <DueTime at={o.sla.replyDueAt} late={o.sla.replyLate} done={o.repliedAt !== null} />
      ),
    },
    {
      title: t('wo.col.resolveDue'),
      key: 'resolveDue',
      width: 210,
      render: (_: unknown, o) => (
        <DueTime at={o.sla.resolveDueAt} late={o.sla.resolveLate} done={o.resolvedAt !== null} />
      ),
    },
    {
      title: t('wo.col.createdAt'),
      dataIndex: 'createdAt',
      width: 160,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('wo.col.counts'),
      key: 'counts',
      width: 90,
      render: (_: unknown, o) => `${o.bounceBacks} / ${o.redos}`,
    },
  ];
  const items = list.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap justify="space-between">
        <Space size={16} wrap>
          <Space size={6}>
            <Switch
              checked={openOnly}
              onChange={(v) => set('all', v ? null : '1')}
              data-testid="wo-open-only"
            />
            <Typography.Text>{t('wo.openOnly')}</Typography.Text>
          </Space>
          {branches.length > 1 ? (
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('wo.branchAll')}
              value={branchId}
              onChange={(v?: string) => set('branch', v ?? null)}
              options={branches.map((b) => ({ value: b.id, label: b.name }))}
              data-testid="wo-branch-filter"
            />
          ) : null}
        </Space>
        <Space size={8} wrap>
          {list.data?.actions.scan ? <ScanNow /> : null}
          {list.data?.actions.create ? <CreateOrder branches={branches} policies={policies} /> : null}
        </Space>
      </Flex>
      {list.state === 'error' ? <Alert type="error" showIcon title={describeError(list.error, t)} /> : null}
      <SlaChart orders={items} branchName={branchName} />
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Order>
          data-testid="wo-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.state === 'loading'}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1200 }}
          locale={{ emptyText: <Empty description={t('wo.empty')} /> }}
        />
      </Card>
      <OrderDrawer id={selected} branches={branches} onClose={() => set('order', null)} />
    </Flex>
  );
}

export function WorkOrdersPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState('orders');
  const branches = useApi('branches', (signal) => call('get', '/api/branches', { signal }));
  const policies = useApi('sla-policies', (signal) => call('get', '/api/sla-policies', { signal }));
  const state = useOrderList();
  // the list answers what the caller may do (create orders, manage branches and SLA policies)
  const may = state.list.data?.actions;
  const branchList = useMemo(() => branches.data?.items ?? [], [branches.data]);
  const policyList = useMemo(() => policies.data?.items ?? [], [policies.data]);
  const manages = may && (may.manageBranches || may.manageSla);
  const orders = <OrdersTab state={state} branches={branchList} policies={policyList} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('wo.title')}
      </Typography.Title>
      {manages ? (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          data-testid="wo-tabs"
          items={[
            { key: 'orders', label: t('wo.tab.orders'), children: orders },
            {
              key: 'settings',
              label: t('wo.tab.settings'),
              children: (
                <SettingsTab
                  branches={branchList}
                  policies={policyList}
                  manageBranches={may?.manageBranches ?? false}
                  manageSla={may?.manageSla ?? false}
                />
              ),
            },
          ]}
        />
      ) : (
        orders
      )}
    </Flex>
  );
}

/** 立即检查时限: the SLA scan now, instead of waiting for its five-minute round; says what it did. */
function ScanNow() {
  const { t } = useI18n();
  // reminders and escalations go to inboxes; escalations change the orders
  const scan = useCommand(() => call('post', '/api/work-orders/scan'), {
    invalidates: WORK_ORDER_CHANGES,
    success: (r) => t('wo.scanned', { reminded: r.reminded, escalated: r.escalated }),
  });
  return (
    <Button loading={scan.busy} data-testid="wo-scan" onClick={() => void scan.run()}>
      {t('wo.scan')}
    </Button>
  );
}
